/*
 * Dates in Cockpit written dd/MM/yyyy.
 *
 * Unlike Tasklist, Cockpit 7.24 ignores the `dateFormat` option of config.js: its start-up
 * code sets the formats of the `camDate` filter itself (ISO "YYYY-MM-DDTHH:mm:ss" for the
 * normal format, the locale's long month names for the others). This script, listed in
 * config.js `customScripts`, sets them again from a config block of `cam.cockpit.custom`,
 * the module Cockpit starts after its own, so these formats win. Formats are moment.js.
 */
const FORMATS = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm:ss',
  long: 'dddd, DD/MM/YYYY HH:mm:ss',
  short: 'DD/MM/YYYY'
};

window.angular.module('cam.cockpit.custom').config(['camDateFormatProvider', (camDateFormat) => {
  Object.keys(FORMATS).forEach((name) => camDateFormat.setDateFormat(FORMATS[name], name));
}]);
