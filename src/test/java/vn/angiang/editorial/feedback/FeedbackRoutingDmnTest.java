package vn.angiang.editorial.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.angiang.editorial.platform.deadline.DayCount;
import vn.angiang.editorial.platform.deadline.Deadline;
import vn.angiang.editorial.support.DmnTables;

/**
 * The tables of feedback-routing.dmn, rule by rule (each case names the rule it must hit, so an edited
 * or shadowed rule shows up), evaluated with a stand-alone DMN engine on the file that is deployed.
 */
class FeedbackRoutingDmnTest {

    static final DmnTables TABLES = DmnTables.load("/feedback-routing.dmn");
    static final FeedbackCatalog CATALOG = FeedbackTestCatalog.catalog();

    /** Evaluated as the application does: the area's own agency group, where the org chart has one, given too. */
    static DmnDecisionResult evaluate(String key, String name, String value, String area) {
        return TABLES.evaluate(key, Variables.createVariables().putValue(name, value).putValue("area", area)
                .putValue("areaAgency", area == null ? null : CATALOG.areaAgency(area).orElse(null)));
    }

    @ParameterizedTest(name = "{0} in {1} → {2} (rule {3})")
    @CsvSource({
            "administrative-procedure, long-xuyen, agency-provincial-office,       agency_administrativeProcedure",
            "health,                   chau-doc,   agency-health,                  agency_health",
            "education,                long-xuyen, agency-education,               agency_education",
            "construction-transport,   rach-gia,   agency-construction,            agency_constructionTransport",
            "land-environment,         tri-ton,    agency-agriculture-environment, agency_landEnvironment",
            "labour-social,            long-xuyen, agency-home-affairs,            agency_labourSocial",
            "justice,                  long-xuyen, agency-justice,                 agency_justice",
            "finance-investment,       long-xuyen, agency-finance,                 agency_financeInvestment",
            "industry-trade,           long-xuyen, agency-industry-trade,          agency_industryTrade",
            "culture-tourism,          phu-quoc,   agency-culture-sports-tourism,  agency_cultureTourism",
            "science-digital,          long-xuyen, agency-science-technology,      agency_scienceDigital",
            "ethnic-religion,          tri-ton,    agency-ethnic-religion,         agency_ethnicReligion",
            "local-affairs,            long-xuyen, commune-long-xuyen,             agency_localAffairs",
            "local-affairs,            phu-quoc,   commune-phu-quoc,               agency_localAffairs",
            "local-affairs,            an-phu,     agency-provincial-office,       agency_localAffairsWithoutGroup",
            "local-affairs,            tho-chau,   agency-provincial-office,       agency_localAffairsWithoutGroup",
            "health,                   khac,       agency-health,                  agency_health",
            "portal,                   chau-doc,   board,                          agency_portal",
            "other,                    chau-doc,   agency-provincial-office,       agency_other",
    })
    void proposedAgencyByTopicAndArea(String topic, String area, String agency, String rule) {
        DmnDecisionResult result = evaluate(DmnFeedbackRules.AGENCY, "topic", topic, area);

        assertThat(result.getSingleEntry().toString()).isEqualTo(agency);
        assertThat(TABLES.matchedRules()).containsExactly(rule);
    }

    /** A local matter of an unknown place: no agency proposed, the IT center finds the place and chooses. */
    @Test
    void aLocalMatterOfAnUnknownAreaIsLeftToTheItCenter() {
        DmnDecisionResult result = evaluate(DmnFeedbackRules.AGENCY, "topic", "local-affairs", "khac");

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap().get("agencyGroup")).isNull();
        assertThat(TABLES.matchedRules()).containsExactly("agency_localAffairsUnknownArea");
    }

    @Test
    void noProposalForAnUnknownTopic() {
        assertThat(evaluate(DmnFeedbackRules.AGENCY, "topic", "astrology", "long-xuyen").isEmpty()).isTrue();
    }

    /**
     * Every topic of the catalog in every area of the catalog (each xã, phường, đặc khu and "Khác"): exactly
     * one rule, naming a real agency or the board — except a local matter in "Khác", left to the IT center.
     */
    @Test
    void everyTopicInEveryAreaIsProposedToAnExistingAgency() {
        FeedbackCatalog catalog = CATALOG;
        assertThat(catalog.areas()).hasSize(103);
        for (FeedbackCatalog.Option topic : catalog.topics()) {
            for (FeedbackCatalog.Option area : catalog.areas()) {
                DmnDecisionResult result = evaluate(DmnFeedbackRules.AGENCY, "topic", topic.code(), area.code());
                assertThat(result.size()).as("%s in %s", topic.code(), area.code()).isEqualTo(1);
                String agency = (String) result.getSingleResult().getEntryMap().get("agencyGroup");
                if (topic.code().equals("local-affairs") && area.code().equals(catalog.otherArea())) {
                    assertThat(agency).as("%s in %s", topic.code(), area.code()).isNull();
                    continue;
                }
                assertThat(catalog.isAgency(agency) || FeedbackCatalog.BOARD.equals(agency))
                        .as("%s in %s → %s", topic.code(), area.code(), agency).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} days (rule {3})")
    @CsvSource({
            "forward,  5,  working,  deadline_forward",
            "answer,   20, calendar, deadline_answer",
            "progress, 7,  calendar, deadline_progress",
            "publish,  2,  working,  deadline_publish",
    })
    void deadlines(String step, int days, String kind, String rule) {
        DmnDecisionResult result = evaluate(DmnFeedbackRules.DEADLINE, "step", step, null);

        assertThat(((Number) result.getSingleResult().getEntry("days")).intValue()).isEqualTo(days);
        assertThat((String) result.getSingleResult().getEntry("dayKind")).isEqualTo(kind);
        assertThat(TABLES.matchedRules()).containsExactly(rule);
    }

    @Test
    void theJavaReaderGivesTheSameAnswers() throws Exception {
        try (InputStream dmn = getClass().getResourceAsStream("/feedback-routing.dmn")) {
            FeedbackRules rules = DmnFeedbackRules.fromModel(dmn);
            assertThat(rules.proposedAgency("local-affairs", "chau-doc", "commune-chau-doc")).contains("commune-chau-doc");
            assertThat(rules.proposedAgency("local-affairs", "vinh-te", null)).contains("agency-provincial-office");
            assertThat(rules.proposedAgency("local-affairs", "khac", null)).isEmpty();
            assertThat(rules.proposedAgency("nothing", "chau-doc", "commune-chau-doc")).isEmpty();
            assertThat(rules.deadline("answer")).extracting(Deadline::days, Deadline::count).containsExactly(20, DayCount.CALENDAR);
            assertThat(rules.deadline("forward")).extracting(Deadline::days, Deadline::count).containsExactly(5, DayCount.WORKING);
        }
    }
}
