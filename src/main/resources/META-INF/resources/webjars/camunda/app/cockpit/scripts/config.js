/*
 * Cockpit configuration of the Editorial Board workflow system.
 *
 * This file replaces the webjar's app/cockpit/scripts/config.js: the starter serves
 * /camunda/app/** from the classpath, and the application's own classes come before the
 * webjar there. Options: https://docs.camunda.org/manual/7.24/webapps/cockpit/extend/configuration/
 * The Vietnamese labels are in ../locales/vi.json.
 */
import { locales } from '../../../assets/bbt-language.js';

export default {
  // header and browser tab show "<vendor> <name>", the login page <name> alone;
  // logos are set in styles/user-styles.css
  app: {
    vendor: 'Ban Biên tập Cổng thông tin điện tử –',
    name: 'Giám sát'
  },

  // Vietnamese for everyone, English on request (see assets/bbt-language.js)
  locales,

  // dates written dd/MM/yyyy: Cockpit 7.24 ignores a `dateFormat` option here, so a script
  // sets the formats (loaded as an ES module from app/cockpit/<entry>.js)
  customScripts: [
    'scripts/vi-date-format'
  ],

  // the first-login notice points to an English Camunda page
  disableWelcomeMessage: true
};
