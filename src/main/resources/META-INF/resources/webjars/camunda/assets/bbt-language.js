/*
 * Language of the webapps. Camunda 7.24 follows the browser's first language and has no switch of
 * its own, so an office PC set to English would show English. The board wants Vietnamese for
 * everyone, with English still available: each app's config.js takes its locales from here, and a
 * small link in the middle of the footer line of every page switches (remembered in this browser) — in
 * the footer, so that it never covers a form's buttons.
 */
const STORAGE_KEY = 'bbt.locale';

export const chosenLocale = window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';

export const locales = { availableLocales: [chosenLocale], fallbackLocale: chosenLocale };

function addSwitch() {
  const other = chosenLocale === 'vi' ? 'en' : 'vi';
  const link = document.createElement('a');
  link.href = '#';
  link.className = 'bbt-language-switch';
  link.lang = other;
  link.textContent = other === 'en' ? 'English' : 'Tiếng Việt';
  link.title = other === 'en' ? 'Switch the interface to English' : 'Chuyển giao diện sang tiếng Việt';
  link.style.cssText = 'position:fixed;left:50%;transform:translateX(-50%);bottom:2px;z-index:2000;'
    + 'font-size:11px;line-height:14px;background:#fff;padding:1px 8px;border:1px solid #ccc;border-radius:3px;';
  link.addEventListener('click', event => {
    event.preventDefault();
    window.localStorage.setItem(STORAGE_KEY, other);
    window.location.reload();
  });
  document.body.appendChild(link);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addSwitch);
} else {
  addSwitch();
}
