package vn.angiang.editorial.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The Camunda Forms offer exactly what the server accepts: the topics of the catalog, the areas and
 * agencies of the org chart; and every form the model references exists with the same id.
 */
class FeedbackFormsTest {

    final ObjectMapper json = new ObjectMapper();
    final FeedbackCatalog catalog = FeedbackTestCatalog.catalog();

    JsonNode form(String id) throws Exception {
        try (InputStream in = new ClassPathResource(id + ".form").getInputStream()) {
            JsonNode form = json.readTree(in);
            assertThat(form.get("id").asText()).isEqualTo(id);
            return form;
        }
    }

    static List<String> values(JsonNode form, String key) {
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                List<String> values = new ArrayList<>();
                component.get("values").forEach(v -> values.add(v.get("value").asText()));
                return values;
            }
        }
        throw new AssertionError("no field " + key);
    }

    @Test
    void startFormOffersTheCatalogsTopicsAndAreasAndTheNonWebChannels() throws Exception {
        JsonNode intake = form("feedback-intake");
        assertThat(values(intake, "topic")).containsExactlyElementsOf(catalog.topics().stream().map(FeedbackCatalog.Option::code).toList());
        assertThat(values(intake, "area")).containsExactlyElementsOf(catalog.areas().stream().map(FeedbackCatalog.Option::code).toList());
        assertThat(values(intake, "channel")).containsExactly("paper", "phone", "email");
    }

    @Test
    void classificationOffersEveryAgencyOfTheOrgChart() throws Exception {
        assertThat(values(form("feedback-classify"), "agencyGroup"))
                .containsExactlyElementsOf(catalog.agencies().stream().map(FeedbackCatalog.Option::code).toList());
        assertThat(values(form("feedback-classify"), "classification")).containsExactly("reject", "out-of-scope", "answer", "forward",
                "advise-committee");
        assertThat(values(form("feedback-answer"), "agencyResponse")).containsExactly("answer", "not-competent");
        assertThat(values(form("feedback-review"), "reviewDecision")).containsExactly("accept", "return");
    }

    @Test
    void everyFormTheModelReferencesExists() throws Exception {
        String bpmn;
        try (InputStream in = new ClassPathResource("feedback-handling.bpmn").getInputStream()) {
            bpmn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher ref = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(bpmn);
        List<String> refs = new ArrayList<>();
        while (ref.find()) {
            refs.add(ref.group(1));
        }
        assertThat(refs).containsExactlyInAnyOrder("feedback-intake", "feedback-classify", "feedback-forward-approval",
                "feedback-answer", "feedback-review");
        for (String id : refs) {
            form(id);
        }
    }
}
