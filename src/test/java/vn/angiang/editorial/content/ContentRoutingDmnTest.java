package vn.angiang.editorial.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.angiang.editorial.support.DmnTables;

/**
 * The routing tables of content-routing.dmn, rule by rule: each case names the rule it must hit, so a
 * rule that is edited or shadowed shows up here. Evaluated with a stand-alone DMN engine on the file
 * that is deployed.
 */
class ContentRoutingDmnTest {

    static final List<String> FIELDS = List.of("politics", "economy", "culture-society", "legal", "science-tech");

    static final DmnTables TABLES = DmnTables.load("/content-routing.dmn");

    static DmnDecisionResult evaluate(String key, String type, String field, String urgency) {
        return TABLES.evaluate(key, Variables.createVariables().putValue("contentType", type)
                .putValue("field", field).putValue("urgency", urgency));
    }

    @ParameterizedTest(name = "{0}/{1} → {2} (rule {3})")
    @CsvSource({
            // Đ9.2–9.3 make the provincial office the source of these, not their appraiser (Đ10.3: the field's member)
            "legal-document,    legal,           member-legal,           appraiser_legal",
            "press-information, economy,         member-economy,         appraiser_economy",
            "news,              politics,        member-politics,        appraiser_politics",
            "article,           economy,         member-economy,         appraiser_economy",
            "photo-story,       culture-society, member-culture-society, appraiser_cultureSociety",
            "announcement,      legal,           member-legal,           appraiser_legal",
            "news,              science-tech,    member-science-tech,    appraiser_scienceTech",
    })
    void appraiserByFieldAndType(String type, String field, String group, String rule) {
        DmnDecisionResult result = evaluate(DmnContentRouting.APPRAISER, type, field, "normal");

        assertThat(result.getSingleEntry().toString()).isEqualTo(group);
        assertThat(TABLES.matchedRules()).containsExactly(rule);
    }

    @Test
    void noAppraiserForAnUnknownField() {
        assertThat(evaluate(DmnContentRouting.APPRAISER, "news", "astrology", "normal").isEmpty()).isTrue();
        assertThat(evaluate(DmnContentRouting.APPRAISER, "legal-document", "astrology", "normal").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}/{1} → head approval {2} (rule {3})")
    @CsvSource({
            "article,           economy,  true,  head-approval_article",
            "press-information, legal,    true,  head-approval_press",
            "news,              politics, true,  head-approval_politics",
            "announcement,      politics, true,  head-approval_politics",
            "news,              economy,  false, head-approval_other",
            "legal-document,    legal,    false, head-approval_other",
            "photo-story,       culture-society, false, head-approval_other",
    })
    void headApproval(String type, String field, boolean required, String rule) {
        DmnDecisionResult result = evaluate(DmnContentRouting.HEAD_APPROVAL, type, field, "normal");

        assertThat((Object) result.getSingleEntry()).isEqualTo(required);
        assertThat(TABLES.matchedRules()).containsExactly(rule);
    }

    @ParameterizedTest(name = "{0}/{1} → {2} working days (rule {3})")
    @CsvSource({
            "article,           urgent, 1, deadline_urgent",
            "legal-document,    urgent, 1, deadline_urgent",
            "legal-document,    normal, 1, deadline_timely",
            "announcement,      normal, 1, deadline_timely",
            "news,              normal, 2, deadline_news",
            "press-information, normal, 2, deadline_news",
            "article,           normal, 3, deadline_feature",
            "photo-story,       normal, 3, deadline_feature",
    })
    void deadline(String type, String urgency, int days, String rule) {
        DmnDecisionResult result = evaluate(DmnContentRouting.DEADLINE, type, "economy", urgency);

        assertThat(((Number) result.getSingleEntry()).intValue()).isEqualTo(days);
        assertThat(TABLES.matchedRules()).containsExactly(rule);
    }

    /** UNIQUE hit policy: every known combination hits exactly one rule in each table (an overlap would throw). */
    @Test
    void everyKnownCombinationIsRoutedExactlyOnce() {
        for (ContentType type : ContentType.values()) {
            for (String field : FIELDS) {
                for (Urgency urgency : Urgency.values()) {
                    for (String key : List.of(DmnContentRouting.APPRAISER, DmnContentRouting.HEAD_APPROVAL,
                            DmnContentRouting.DEADLINE)) {
                        DmnDecisionResult result = evaluate(key, type.code(), field, urgency.code());
                        assertThat(result.size()).as("%s for %s/%s/%s", key, type, field, urgency).isEqualTo(1);
                    }
                }
            }
        }
    }
}
