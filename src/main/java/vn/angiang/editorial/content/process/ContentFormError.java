package vn.angiang.editorial.content.process;

import vn.angiang.editorial.content.ContentValidationException;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Turns a refused input into the exception the engine's REST API answers with 400 Bad Request and
 * the message as is (Tasklist shows it under the form): the transaction is rolled back, so no
 * instance or record is created and a task stays open unchanged.
 */
final class ContentFormError {

    private ContentFormError() {
    }

    static FormFieldValidationException of(ContentValidationException e) {
        return new FormFieldValidationException("content", e.getMessage(), e);
    }
}
