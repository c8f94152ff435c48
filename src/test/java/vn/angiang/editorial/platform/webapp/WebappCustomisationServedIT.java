package vn.angiang.editorial.platform.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.angiang.editorial.support.SharedApplicationOnPostgres;

/**
 * The running application serves the Vietnamese webapp files of this project, not the webjar's:
 * {@code src/main/resources/META-INF/resources/webjars/camunda/app/...} lies on the same classpath
 * path as the Camunda webjar and wins there. All of it is served before login, as the login page
 * needs it.
 */
@SharedApplicationOnPostgres
class WebappCustomisationServedIT {

    private static final String APP_ROOT = WebappLocaleCompletenessTest.APP_ROOT;

    @Autowired TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void tasklistServesTheVietnameseLocale() throws IOException {
        ResponseEntity<byte[]> response = http.getForEntity("/camunda/app/tasklist/locales/vi.json", byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode locale = json.readTree(response.getBody());
        assertThat(locale.at("/labels/CLAIM_TASK").asText()).isEqualTo("Nhận việc");
        assertThat(locale.at("/labels/PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Đăng nhập");
        assertThat(locale.at("/dateLocales/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
    }

    @Test
    void tasklistServesOurConfigurationInsteadOfTheWebjars() throws IOException {
        String served = text("/camunda/app/tasklist/scripts/config.js");

        assertThat(served)
                .isEqualTo(resource(ownResource(APP_ROOT + "tasklist/scripts/config.js")))
                .isNotEqualTo(resource(WebappLocaleCompletenessTest.webjarResource(APP_ROOT + "tasklist/scripts/config.js")))
                .contains("import { locales } from '../../../assets/bbt-language.js'")
                .contains("normal: 'DD/MM/YYYY HH:mm'")
                .contains("vendor: 'Ban Biên tập Cổng thông tin điện tử –'")
                .contains("'scripts/vi-form-messages'");
    }

    @Test
    void languageIsVietnameseUnlessTheOfficialChoseEnglish() {
        // config.js imports this module relative to /camunda/app/<app>/scripts/
        ResponseEntity<byte[]> response = http.getForEntity("/camunda/assets/bbt-language.js", byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().getSubtype()).isEqualTo("javascript");
        assertThat(new String(response.getBody(), StandardCharsets.UTF_8))
                .contains("=== 'en' ? 'en' : 'vi'", "availableLocales: [chosenLocale]", "fallbackLocale: chosenLocale");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "tasklist, scripts/vi-form-messages, Trường này bắt buộc phải nhập.",
        "tasklist, scripts/form-list-validity, formShowsNoError",
        "cockpit,  scripts/vi-date-format,   DD/MM/YYYY HH:mm:ss"
    })
    void customScriptsAreListedAndServedAsJavaScript(String app, String script, String expectedContent) {
        assertThat(text("/camunda/app/" + app + "/scripts/config.js")).contains("'" + script + "'");

        // customScripts entries are loaded with import(): browsers need a JavaScript MIME type
        ResponseEntity<byte[]> response = http.getForEntity("/camunda/app/" + app + "/" + script + ".js", byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().getSubtype()).isEqualTo("javascript");
        assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).contains(expectedContent);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyWebappIsVietnameseByDefaultAndBranded(String app) {
        assertThat(text("/camunda/app/" + app + "/scripts/config.js"))
                .contains("import { locales } from '../../../assets/bbt-language.js'")
                .contains("vendor: 'Ban Biên tập Cổng thông tin điện tử –'");
        assertThat(text("/camunda/app/" + app + "/styles/user-styles.css"))
                .contains("@import url(\"../../../assets/bbt-branding.css\")")
                .contains(".ce-eol-banner");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void vietnameseLocalesAreServedAsWritten(String app) throws IOException {
        assertThat(text("/camunda/app/" + app + "/locales/vi.json"))
                .isEqualTo(resource(ownResource(APP_ROOT + app + "/locales/vi.json")));
    }

    @Test
    void theEnglishLocaleStillComesFromTheWebjar() throws IOException {
        ResponseEntity<byte[]> response = http.getForEntity("/camunda/app/tasklist/locales/en.json", byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(response.getBody()).at("/labels/CLAIM_TASK").asText()).isEqualTo("Claim");
    }

    @Test
    void theEndOfLifeStripIsHiddenOutsideAdmin() {
        for (String app : new String[] {"tasklist", "cockpit", "welcome"}) {
            assertThat(text("/camunda/app/" + app + "/styles/user-styles.css"))
                    .as(app).containsPattern("\\.ce-eol-banner \\{\\s*display: none;");
        }
        assertThat(text("/camunda/app/admin/styles/user-styles.css")).doesNotContain("display: none");
    }

    @Test
    void theLogoAndSharedStylesAreServed() {
        ResponseEntity<String> logo = http.getForEntity("/camunda/assets/bbt-logo.svg", String.class);
        assertThat(logo.getStatusCode().value()).isEqualTo(200);
        assertThat(logo.getHeaders().getContentType()).isNotNull();
        assertThat(logo.getHeaders().getContentType().toString()).startsWith("image/svg+xml");
        assertThat(logo.getBody()).contains("<svg", "BBT");

        // served without a charset: the Vietnamese board name in it needs the @charset rule
        assertThat(text("/camunda/assets/bbt-branding.css"))
                .startsWith("@charset \"UTF-8\";")
                .contains("url(\"bbt-logo.svg\")", "Ban Biên tập Cổng thông tin điện tử");
    }

    private String text(String path) {
        ResponseEntity<byte[]> response = http.getForEntity(path, byte[].class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    private static URL ownResource(String path) {
        URL url = WebappCustomisationServedIT.class.getClassLoader().getResource(path);
        assertThat(url).as(path).isNotNull();
        assertThat(url.getProtocol()).as(path + " comes from the application's classes").isEqualTo("file");
        return url;
    }

    private static String resource(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
