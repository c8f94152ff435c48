package vn.angiang.editorial.feedback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that cannot be accepted; nothing was stored or changed. {@link #errors()} maps each field to
 * its message (Vietnamese), so a page can show the message next to the field.
 *
 * <p>It is the engine's form validation exception: thrown while Tasklist or a REST client completes a
 * task or submits a start form, the engine rolls back and the REST API answers 400 with the message
 * (any other exception would be a 500).
 */
public class FeedbackValidationException extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> errors;

    public FeedbackValidationException(Map<String, String> errors) {
        super(errors.keySet().iterator().next(), String.join(" ", errors.values()));
        this.errors = new LinkedHashMap<>(errors);
    }

    public FeedbackValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    /** field name → message, in the order of the form */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }
}
