/*
 * Welcome (start page and personal profile) configuration of the Editorial Board
 * workflow system.
 *
 * This file replaces the webjar's app/welcome/scripts/config.js: the starter serves
 * /camunda/app/** from the classpath, and the application's own classes come before the
 * webjar there. Options: https://docs.camunda.org/manual/7.24/webapps/welcome/configuration/
 *
 * Welcome has no `dateFormat` option: its dates follow the moment.js formats in
 * ../locales/vi.json (dateLocales.longDateFormat, written dd/MM/yyyy).
 */
import { locales } from '../../../assets/bbt-language.js';

export default {
  // header and browser tab show "<vendor> <name>", the login page <name> alone;
  // logos are set in styles/user-styles.css
  app: {
    vendor: 'Ban Biên tập Cổng thông tin điện tử –',
    name: 'Trang chủ'
  },

  // Vietnamese for everyone, English on request (see assets/bbt-language.js)
  locales,

  // replaces the default link to the (English) Camunda user guide
  links: [
    {
      label: 'Cổng thông tin điện tử tỉnh An Giang',
      href: 'https://www.angiang.gov.vn',
      description: 'Trang công khai do Ban Biên tập quản lý nội dung'
    }
  ],

  // the first-login notice points to an English Camunda page
  disableWelcomeMessage: true
};
