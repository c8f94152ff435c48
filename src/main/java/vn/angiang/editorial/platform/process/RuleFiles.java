package vn.angiang.editorial.platform.process;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.Resource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads a rules file an administrator keeps (YAML): strictly, so that a misspelt key stops the start with its name
 * instead of being ignored, and dates as dates.
 */
public final class RuleFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private RuleFiles() {
    }

    /** The file at {@code location} as a {@code type}; {@code what} names it in the Vietnamese error. */
    public static <T> T read(Resource location, Class<T> type, String what) {
        try (InputStream in = location.getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được " + what + " " + location + ": " + e.getMessage(), e);
        }
    }
}
