/*
 * Cockpit configuration of the Editorial Board workflow system.
 *
 * This file replaces the webjar's app/cockpit/scripts/config.js: the starter serves
 * /camunda/app/** from the classpath, and the application's own classes come before the
 * webjar there. Options: https://docs.camunda.org/manual/7.24/webapps/cockpit/extend/configuration/
 * The Vietnamese labels are in ../locales/vi.json.
 */
export default {
  // header and browser tab show "<vendor> <name>", the login page <name> alone;
  // logos are set in styles/user-styles.css
  app: {
    vendor: 'Ban Biên tập Cổng thông tin điện tử –',
    name: 'Giám sát'
  },

  // Vietnamese for everyone; a browser whose first language is English gets English
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },

  // moment.js formats: dates are written dd/MM/yyyy
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // the first-login notice points to an English Camunda page
  disableWelcomeMessage: true
};
