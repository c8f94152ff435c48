package vn.angiang.editorial.platform.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A value officials choose from (a kind of work, a decision, a channel): its code is what forms, DMN
 * tables and the database hold ({@code PHOTO_STORY} → {@code photo-story}); its label is what people
 * read, kept as data in {@code labels/labels.properties} under {@code <type>.<code>}
 * ({@code content-type.photo-story=Phóng sự ảnh}).
 */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default String label() {
        return Labels.label(this, "");
    }

    /** The constant of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }

    /** Reads the labels once; a constant without a label is a build error found by the tests, not a blank page. */
    final class Labels {

        private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("labels.labels", Locale.ROOT);

        private Labels() {
        }

        /** The label of {@code value}, or of one of its variants ({@code ".public"}). */
        public static String label(Coded value, String variant) {
            String key = typeKey(value.getClass()) + "." + value.code() + variant;
            try {
                return BUNDLE.getString(key);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("Thiếu nhãn tiếng Việt «" + key + "» trong labels/labels.properties", e);
            }
        }

        /** {@code ContentType} → {@code content-type} */
        static String typeKey(Class<?> type) {
            Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
            return enumType.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }
    }
}
