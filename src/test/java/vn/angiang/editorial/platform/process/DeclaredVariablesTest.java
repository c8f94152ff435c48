package vn.angiang.editorial.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.feedback.FeedbackVariables;
import vn.angiang.editorial.meeting.process.MeetingVariables;
import vn.angiang.editorial.report.process.ReportVariables;
import vn.angiang.editorial.royalty.process.RoyaltyVariables;

/**
 * No form writes a variable its process does not declare: every field of {@code forms/<process>-*.form}
 * (or the group it belongs to, for a group with a {@code path}) is a {@link ProcessVariable} of the
 * process's variables class.
 */
class DeclaredVariablesTest {

    static Stream<Path> forms() throws IOException {
        return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFieldOfTheFormIsADeclaredVariable(Path form) throws IOException {
        String name = form.getFileName().toString();
        Class<?> variables = name.startsWith("content-") ? ContentVariables.class
                : name.startsWith("feedback-") ? FeedbackVariables.class
                : name.startsWith("meeting-") ? MeetingVariables.class
                : name.startsWith("royalty-") ? RoyaltyVariables.class
                : name.startsWith("report-") ? ReportVariables.class : null;
        assertThat(variables).as("the process of " + name).isNotNull();
        Set<String> declared = ProcessVariable.declaredIn(variables).stream().map(ProcessVariable::name)
                .collect(Collectors.toSet());
        List<String> fields = new ArrayList<>();
        collect(new ObjectMapper().readTree(form.toFile()), fields);
        assertThat(fields).as("fields of " + name).isNotEmpty();
        assertThat(declared).as("variables declared by " + variables.getSimpleName()).containsAll(fields);
    }

    /** Field keys; a group with a path is one variable (an object), its fields are that object's properties. */
    private static void collect(JsonNode node, List<String> fields) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("path")) {
                fields.add(component.get("path").asText());
            } else {
                if (component.hasNonNull("key")) {
                    fields.add(component.get("key").asText());
                }
                collect(component, fields);
            }
        }
    }
}
