/*
 * Admin configuration of the Editorial Board workflow system.
 *
 * This file replaces the webjar's app/admin/scripts/config.js: the starter serves
 * /camunda/app/** from the classpath, and the application's own classes come before the
 * webjar there. Options: https://docs.camunda.org/manual/7.24/webapps/admin/configuration/
 *
 * Admin has no `dateFormat` option: its dates follow the moment.js formats in
 * ../locales/vi.json (dateLocales.longDateFormat, written dd/MM/yyyy).
 */
import { locales } from '../../../assets/bbt-language.js';

export default {
  // header and browser tab show "<vendor> <name>", the login page <name> alone;
  // logos are set in styles/user-styles.css
  app: {
    vendor: 'Ban Biên tập Cổng thông tin điện tử –',
    name: 'Quản trị'
  },

  // Vietnamese for everyone, English on request (see assets/bbt-language.js)
  locales,

  // the first-login notice points to an English Camunda page
  disableWelcomeMessage: true
};
