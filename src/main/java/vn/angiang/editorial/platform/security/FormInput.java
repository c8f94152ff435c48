package vn.angiang.editorial.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process variables a form lets a person send: derived from the form file itself, so the model
 * and the server never disagree about what a task accepts.
 *
 * <p>A Camunda Form binds each field to the variable named by its {@code key}; a group or dynamic
 * list with a {@code path} binds all its fields to one variable (an object). A field marked
 * {@code readonly} or {@code disabled} only shows a value: Tasklist still sends read-only values
 * back, so they are accepted but never written.
 *
 * @param formId   the form's id (for messages)
 * @param editable variables the form lets the person set
 * @param readOnly variables the form only shows
 */
public record FormInput(String formId, Set<String> editable, Set<String> readOnly) {

    /** Elements that show something but hold no value. */
    private static final Set<String> NO_VALUE = Set.of("text", "html", "image", "spacer", "separator", "button",
            "iframe", "table", "documentPreview");
    private static final ObjectMapper JSON = new ObjectMapper();

    public FormInput {
        editable = Collections.unmodifiableSet(new LinkedHashSet<>(editable));
        readOnly = Collections.unmodifiableSet(new LinkedHashSet<>(readOnly));
    }

    /** Whether the form declares this variable at all (editable or shown). */
    public boolean declares(String variable) {
        return editable.contains(variable) || readOnly.contains(variable);
    }

    /** Reads a Camunda Forms JSON document (a {@code .form} file). */
    public static FormInput parse(InputStream json) throws IOException {
        JsonNode root = JSON.readTree(json);
        Map<String, Boolean> variables = new LinkedHashMap<>();
        collect(root.path("components"), null, false, variables);
        Set<String> editable = new LinkedHashSet<>();
        Set<String> readOnly = new LinkedHashSet<>();
        variables.forEach((name, canEdit) -> (canEdit ? editable : readOnly).add(name));
        return new FormInput(root.path("id").asText(""), editable, readOnly);
    }

    /**
     * @param top       the variable a surrounding group with a path binds to, or null at the top
     * @param shownOnly whether a surrounding element is read-only
     */
    private static void collect(JsonNode components, String top, boolean shownOnly, Map<String, Boolean> variables) {
        for (JsonNode component : components) {
            boolean readOnly = shownOnly || flag(component, "readonly") || flag(component, "disabled");
            String path = text(component, "path");
            String key = text(component, "key");
            if (component.has("components")) {
                String bound = top;
                if (bound == null && path != null) {
                    bound = firstSegment(path);
                    variables.merge(bound, false, Boolean::logicalOr);
                }
                collect(component.path("components"), bound, readOnly, variables);
            } else if (key != null && !NO_VALUE.contains(component.path("type").asText())) {
                // a dotted key ("a.b") is a nested value of the variable "a"
                variables.merge(top != null ? top : firstSegment(key), !readOnly, Boolean::logicalOr);
            }
        }
    }

    /** Only a literal {@code true}: a FEEL condition ("=...") may leave the field editable. */
    private static boolean flag(JsonNode component, String name) {
        JsonNode value = component.get(name);
        return value != null && value.isBoolean() && value.booleanValue();
    }

    private static String text(JsonNode component, String name) {
        JsonNode value = component.get(name);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String firstSegment(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }
}
