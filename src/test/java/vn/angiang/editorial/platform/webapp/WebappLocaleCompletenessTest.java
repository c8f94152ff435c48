package vn.angiang.editorial.platform.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every text the Camunda webapps show in English must exist in Vietnamese.
 *
 * <p>Each webapp loads one locale file, {@code app/<app>/locales/<language>.json}
 * ({@code labels} plus the moment.js {@code dateLocales}). For every webapp this compares the
 * English file shipped in the Camunda webjar on the classpath with the application's
 * {@code vi.json}, key by key at every depth: a missing key, an empty translation (except of an
 * English plural ending) or a {@code {{placeholder}}} the Vietnamese drops fails the test,
 * listing each one.
 */
class WebappLocaleCompletenessTest {

    static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    static final String WEBJAR = "camunda-webapp-webjar";
    private static final Pattern ENGLISH_LOCALE = Pattern.compile(Pattern.quote(APP_ROOT) + "([^/]+)/locales/en\\.json");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}|\\s]+)[^}]*}}");
    /** English plural endings kept as labels of their own ("instance" + "s"); Vietnamese has none. */
    private static final Pattern PLURAL_ENDING = Pattern.compile("e?s");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyWebappThatShipsAnEnglishLocaleIsChecked() throws IOException {
        URL tasklistEnglish = webjarResource(APP_ROOT + "tasklist/locales/en.json");
        Set<String> appsWithEnglish = new TreeSet<>();
        JarURLConnection connection = (JarURLConnection) tasklistEnglish.openConnection();
        connection.setUseCaches(false); // our own JarFile, safe to close
        try (JarFile webjar = connection.getJarFile()) {
            Collections.list(webjar.entries()).forEach(entry -> {
                Matcher m = ENGLISH_LOCALE.matcher(entry.getName());
                if (m.matches()) {
                    appsWithEnglish.add(m.group(1));
                }
            });
        }
        assertThat(appsWithEnglish)
                .as("webapps whose English locale the webjar ships (each needs a vi.json and a case below)")
                .containsExactlyInAnyOrder("admin", "cockpit", "tasklist", "welcome");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseHasEveryEnglishKeyAndPlaceholder(String app) throws IOException {
        JsonNode english = read(webjarResource(APP_ROOT + app + "/locales/en.json"));
        URL vietnameseFile = getClass().getClassLoader().getResource(APP_ROOT + app + "/locales/vi.json");
        if (vietnameseFile == null) {
            fail(app + ": src/main/resources/" + APP_ROOT + app + "/locales/vi.json is missing ("
                    + countTexts(english) + " English texts have no Vietnamese)");
        }
        JsonNode vietnamese = read(vietnameseFile);

        List<String> problems = new ArrayList<>();
        compare("", english, vietnamese, problems);

        if (!problems.isEmpty()) {
            fail(app + ": vi.json is incomplete, " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
    }

    /**
     * One word for one thing in every webapp: a running process is a "lượt chạy"; "phiên bản" means a
     * version (of a definition, or the change of version of a migration) and "thực thể" is not used.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void anInstanceIsCalledLuotChayAndAVersionPhienBan(String app) throws IOException {
        JsonNode labels = read(getClass().getClassLoader().getResource(APP_ROOT + app + "/locales/vi.json")).path("labels");
        List<String> mixed = new ArrayList<>();
        labels.fields().forEachRemaining(label -> {
            String text = label.getValue().asText().toLowerCase(java.util.Locale.ROOT);
            String versionsRemoved = text.replace("phiên bản định nghĩa", "").replace("chuyển phiên bản", "");
            boolean instanceKey = label.getKey().matches(".*(INST|_PI_|PI$).*") && !label.getKey().contains("VERSION");
            if (text.contains("thực thể") || (instanceKey && versionsRemoved.contains("phiên bản"))) {
                mixed.add(label.getKey() + ": " + label.getValue().asText());
            }
        });
        assertThat(mixed).as(app).isEmpty();
    }

    /** Walks the English tree; every node must have its Vietnamese counterpart. */
    private static void compare(String path, JsonNode english, JsonNode vietnamese, List<String> problems) {
        if (vietnamese == null || vietnamese.isMissingNode() || vietnamese.isNull()) {
            problems.add("missing " + path);
            return;
        }
        if (english.isObject()) {
            if (!vietnamese.isObject()) {
                problems.add(path + " must be an object");
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = english.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                compare(child, field.getValue(), vietnamese.get(field.getKey()), problems);
            }
        } else if (english.isArray()) {
            if (!vietnamese.isArray()) {
                problems.add(path + " must be a list");
                return;
            }
            for (int i = 0; i < english.size(); i++) {
                compare(path + "[" + i + "]", english.get(i), vietnamese.get(i), problems);
            }
        } else if (english.isTextual()) {
            if (!vietnamese.isTextual()) {
                problems.add(path + " must be a text");
                return;
            }
            String en = english.asText();
            String vi = vietnamese.asText();
            if (!en.isBlank() && vi.isBlank() && !PLURAL_ENDING.matcher(en).matches()) {
                problems.add("empty " + path + " (English: \"" + en + "\")");
            }
            Set<String> dropped = placeholders(en);
            dropped.removeAll(placeholders(vi));
            for (String name : dropped) {
                problems.add(path + " drops {{" + name + "}} (English: \"" + en + "\", Vietnamese: \"" + vi + "\")");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static int countTexts(JsonNode node) {
        if (node.isContainerNode()) {
            int n = 0;
            for (JsonNode child : node) {
                n += countTexts(child);
            }
            return n;
        }
        return 1;
    }

    /** The resource as the Camunda webjar ships it, even where the application overrides the path. */
    static URL webjarResource(String path) throws IOException {
        for (URL url : Collections.list(WebappLocaleCompletenessTest.class.getClassLoader().getResources(path))) {
            if ("jar".equals(url.getProtocol()) && url.getPath().contains(WEBJAR)) {
                return url;
            }
        }
        throw new AssertionError(path + " is not in the " + WEBJAR + " jar on the classpath");
    }

    private JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            // Jackson skips the UTF-8 byte order mark the webjar's files start with
            return json.readTree(in);
        }
    }
}
