/*
 * Vietnamese validation messages for Camunda Forms in Tasklist.
 *
 * Tasklist 7.24 renders Camunda Forms with form-js, whose validation messages are English
 * text written into the code (not keys of locales/*.json), e.g. "Field is required.".
 * form-js shows them as <div class="fjs-form-field-error"><ul><li>message</li></ul></div>.
 * This script (listed in config.js `customScripts`, loaded as an ES module) watches the
 * page and rewrites each such message to Vietnamese while Tasklist runs in Vietnamese,
 * keeping the numbers and patterns of the message.
 *
 * It changes the text of the existing text node only: form-js (Preact) keeps its own nodes
 * and writes a new English text when the message changes, which is translated again.
 * The same goes for form-js's words on its controls: a repeating list's "Add new" and "Remove
 * list item", the date and time pickers' placeholders.
 */

// English message as form-js 7.24 writes it ({0}, {1}: the variable parts) → Vietnamese
const MESSAGES = [
  ['Field is required.', 'Trường này bắt buộc phải nhập.'],
  ['Field must have minimum length of {0}.', 'Phải nhập ít nhất {0} ký tự.'],
  ['Field must have maximum length of {0}.', 'Chỉ được nhập tối đa {0} ký tự.'],
  ['Field must have minimum value of {0}.', 'Giá trị nhỏ nhất được phép là {0}.'],
  ['Field must have maximum value of {0}.', 'Giá trị lớn nhất được phép là {0}.'],
  ['Field must match pattern {0}.', 'Giá trị không đúng định dạng yêu cầu ({0}).'],
  ['Field must be a valid email.', 'Địa chỉ thư điện tử không hợp lệ.'],
  // form-js writes two spaces before "international"
  ['Field must be a valid  international phone number. (e.g. {0})',
    'Số điện thoại phải viết theo định dạng quốc tế, ví dụ +84912345678.'],
  ['Value is not a number.', 'Giá trị phải là một số.'],
  ['Value is expected to be an integer.', 'Giá trị phải là số nguyên.'],
  ['Value is expected to have at most {0} decimal digit.', 'Chỉ được có tối đa {0} chữ số thập phân.'],
  ['Value is expected to have at most {0} decimal digits.', 'Chỉ được có tối đa {0} chữ số thập phân.'],
  ['Please select a valid value, the two nearest valid values are {0} and {1}.',
    'Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là {0} và {1}.']
];

const RULES = MESSAGES.map(([english, vietnamese]) => {
  const source = english
    .split(/(\{\d\})/)
    .map((part) => (/^\{\d\}$/.test(part) ? '(.+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return { pattern: new RegExp('^' + source + '$', 's'), vietnamese };
});

/** The Vietnamese for one form-js message, or null when the text is not one of them. */
export function toVietnamese(message) {
  const text = message.trim();
  for (const { pattern, vietnamese } of RULES) {
    const match = pattern.exec(text);
    if (match) {
      return vietnamese.replace(/\{(\d)\}/g, (_, i) => match[Number(i) + 1]);
    }
  }
  return null;
}

/** The language Tasklist shows ('vi', 'en'), or null before Angular has started. */
function currentLanguage() {
  try {
    const injector = window.angular && window.angular.element(document.body).injector();
    return injector ? injector.get('$translate').use() || null : null;
  } catch (e) {
    return null;
  }
}

function translateErrors() {
  const language = currentLanguage();
  if (language && language !== 'vi') {
    return;
  }
  document.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    item.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const vietnamese = toVietnamese(node.data);
        if (vietnamese !== null && vietnamese !== node.data) {
          node.data = vietnamese;
        }
      }
    });
  });
}

// form-js's own words on its controls (repeating lists, date and time pickers), as it writes them in 7.24
const CONTROL_TEXTS = { 'Add new': 'Thêm dòng' };
const PLACEHOLDERS = { 'mm/dd/yyyy': 'tháng/ngày/năm', 'hh:mm': 'giờ:phút' };

function translateControls() {
  const language = currentLanguage();
  if (language && language !== 'vi') {
    return;
  }
  document.querySelectorAll('form.fjs-form .fjs-repeat-render-add').forEach((button) => {
    button.childNodes.forEach((node) => {
      const vietnamese = node.nodeType === Node.TEXT_NODE ? CONTROL_TEXTS[node.data.trim()] : undefined;
      if (vietnamese) {
        node.data = ' ' + vietnamese;
      }
    });
  });
  document.querySelectorAll('form.fjs-form .fjs-repeat-row-remove[aria-label^="Remove list item"]').forEach((button) => {
    button.setAttribute('aria-label', button.getAttribute('aria-label').replace('Remove list item', 'Xóa dòng'));
  });
  document.querySelectorAll('form.fjs-form input[placeholder]').forEach((input) => {
    const vietnamese = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (vietnamese) {
      input.setAttribute('placeholder', vietnamese);
    }
  });
}

function translateForm() {
  translateErrors();
  translateControls();
}

function start() {
  new MutationObserver(translateForm).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true
  });
  translateForm();
}

if (typeof document !== 'undefined') {
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}
