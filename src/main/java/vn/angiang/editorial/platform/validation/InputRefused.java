package vn.angiang.editorial.platform.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that cannot be accepted, with every problem in Vietnamese; nothing was stored or changed.
 * Problems bound to a form field carry its name, so a page can show the message next to the field.
 *
 * <p>It is the engine's form validation exception: thrown while Tasklist or a REST client completes a
 * task or submits a start form, the engine rolls back and the REST API answers 400 with the message
 * (any other exception would be a 500). Public pages and Spring controllers show the same messages.
 */
public class InputRefused extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    /** A problem not bound to one field (the form as a whole). */
    public static final String FORM = "form";

    private final LinkedHashMap<String, String> errors;

    /** field name → message, in the order of the form */
    public InputRefused(Map<String, String> errors) {
        super(errors.keySet().iterator().next(), String.join(" ", errors.values()));
        this.errors = new LinkedHashMap<>(errors);
    }

    public InputRefused(String field, String message) {
        this(Map.of(field, message));
    }

    /** Problems of the form as a whole. */
    public static InputRefused of(List<String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < problems.size(); i++) {
            errors.put(i == 0 ? FORM : FORM + "." + i, problems.get(i));
        }
        return new InputRefused(errors);
    }

    public static InputRefused of(String problem) {
        return new InputRefused(FORM, problem);
    }

    /** field name → message, in the order of the form */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** Every message, in order. */
    public List<String> problems() {
        return new ArrayList<>(errors.values());
    }

    /** Collects problems field by field and refuses them all at once. */
    public static final class Collector {

        private final Map<String, String> errors = new LinkedHashMap<>();

        public void add(String field, String message) {
            errors.putIfAbsent(field, message);
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InputRefused(errors);
            }
        }
    }
}
