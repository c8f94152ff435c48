/*
 * Keeps "Hoàn thành" (and "Bắt đầu" of a start form) usable on Camunda Forms with repeating lists.
 *
 * form-js 7.24 keeps a field's errors at errors[fieldId][row]; when the field becomes valid it deletes the
 * row but keeps the now empty errors[fieldId]. Tasklist counts the keys of that map, so once anyone edits
 * a field inside a list (an agenda item, a payee line) the form counts as invalid for good and the button
 * stays disabled although no error shows. This script makes the form's flag mean what the official sees:
 * invalid while the form shows an error. Completing still validates the whole form (form-js submit shows
 * every error and stops), and the server checks the values again, so nothing invalid gets through.
 */

const BUTTONS = '.form-actions button.btn-primary, .modal-footer button.btn-primary';

function formShowsNoError() {
  const form = document.querySelector('form.fjs-form');
  return form !== null && form.querySelector('.fjs-form-field-error') === null;
}

/** The Angular scope that holds the form's $invalid flag, above the button. */
function scopeWithValidity(button) {
  let scope = window.angular.element(button).scope();
  while (scope && !Object.prototype.hasOwnProperty.call(scope, '$invalid')) {
    scope = scope.$parent;
  }
  return scope;
}

/** Reads the flag as "Tasklist says invalid and the form shows an error"; Tasklist still writes it as before. */
function guard(scope) {
  if (scope.bbtFormListValidity) {
    return;
  }
  let flagged = scope.$invalid;
  Object.defineProperty(scope, '$invalid', {
    configurable: true,
    enumerable: true,
    get: () => flagged === true && !formShowsNoError(),
    set: (value) => {
      flagged = value;
    }
  });
  scope.bbtFormListValidity = true;
}

let pending = null;
let errorShown = null;
function onPageChange() {
  clearTimeout(pending);
  pending = setTimeout(() => {
    if (!window.angular) {
      return;
    }
    const shownNow = !formShowsNoError();
    document.querySelectorAll(BUTTONS).forEach((button) => {
      const scope = scopeWithValidity(button);
      if (scope && (!scope.bbtFormListValidity || shownNow !== errorShown)) {
        guard(scope);
        // a new form, or an error shown or gone, changes the flag: let Angular read it again (only then,
        // so that the page's own redraws do not each start a digest)
        scope.$applyAsync();
      }
    });
    errorShown = shownNow;
  }, 50);
}

new MutationObserver(onPageChange).observe(document.documentElement, { childList: true, subtree: true });
