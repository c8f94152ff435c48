/*
 * Tasklist configuration of the Editorial Board workflow system.
 *
 * This file replaces the webjar's app/tasklist/scripts/config.js: the starter serves
 * /camunda/app/** from the classpath, and the application's own classes come before the
 * webjar there. Options: https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/
 */
import { locales } from '../../../assets/bbt-language.js';

export default {
  // header and browser tab show "<vendor> <name>", the login page <name> alone;
  // logos are set in styles/user-styles.css
  app: {
    vendor: 'Ban Biên tập Cổng thông tin điện tử –',
    name: 'Công việc'
  },

  // Vietnamese for everyone, English on request (see assets/bbt-language.js)
  locales,

  // moment.js formats: dates are written dd/MM/yyyy
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // loaded as ES modules from app/tasklist/<entry>.js
  customScripts: [
    // Camunda Forms (form-js) validation messages in Vietnamese
    'scripts/vi-form-messages',
    // the complete button stays usable after editing a repeating list (form-js 7.24 keeps stale errors)
    'scripts/form-list-validity'
  ],

  // the first-login notice points to an English Camunda page
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển tới ô nhập đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại khởi tạo quy trình'
    }
  }
};
