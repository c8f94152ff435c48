package vn.angiang.editorial.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import vn.angiang.editorial.security.HostileInputs.Input;

/**
 * Puts a hostile value on the wire exactly as given, where an ordinary client library would have
 * repaired it: lone surrogates as the bytes a careless encoder writes for them (not as '?'), bytes
 * that are not UTF-8 as they are, a JSON value of the wrong type unquoted, a dollar sign or a
 * {@code <} as a JSON unicode escape.
 *
 * <p>Bodies are built of maps, lists, strings, numbers, booleans and nulls; a {@link Slot} marks where
 * the hostile value goes, and a {@link JsonText} is a document sent as a JSON string (the value of a
 * Camunda {@code Json} variable), so a value can sit two levels deep.
 */
final class Wire {

    private Wire() {
    }

    /** Where the hostile value goes. */
    record Slot(Input input) {
    }

    /** A JSON document written as a JSON string. */
    record JsonText(Object document) {
    }

    /** How the characters of a JSON string are written. */
    enum Escaping {
        /** as UTF-8 bytes; lone surrogates as the three bytes that are not UTF-8 */
        RAW,
        /** everything past ASCII as {@code \\uXXXX}, one per UTF-16 unit (lone surrogates included) */
        NON_ASCII,
        /** every character as {@code \\uXXXX} ({@code <} and {@code $} too) */
        ALL
    }

    // --- JSON ----------------------------------------------------------------------------------

    static byte[] json(Object document, Escaping escaping) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, document, escaping);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object node, Escaping escaping) {
        if (node == null) {
            ascii(out, "null");
        } else if (node instanceof Boolean || node instanceof Number) {
            ascii(out, node.toString());
        } else if (node instanceof String text) {
            string(out, text, escaping);
        } else if (node instanceof Map<?, ?> map) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                if (entry.getKey() instanceof Slot slot) {
                    // a hostile name: always a string, whatever the value is
                    string(out, slot.input().asText(), escaping);
                } else {
                    string(out, String.valueOf(entry.getKey()), escaping);
                }
                out.write(':');
                write(out, entry.getValue(), escaping);
            }
            out.write('}');
        } else if (node instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(out, list.get(i), escaping);
            }
            out.write(']');
        } else if (node instanceof Slot slot) {
            Input input = slot.input();
            if (input.text() != null) {
                string(out, input.text(), escaping);
            } else if (input.json() != null) {
                out.writeBytes(input.json().getBytes(StandardCharsets.UTF_8));
            } else {
                out.write('"');
                stringBytes(out, input.bytes());
                out.write('"');
            }
        } else if (node instanceof JsonText text) {
            ByteArrayOutputStream inner = new ByteArrayOutputStream();
            write(inner, text.document(), escaping);
            out.write('"');
            stringBytes(out, inner.toByteArray());
            out.write('"');
        } else {
            throw new IllegalArgumentException("not a JSON node: " + node.getClass());
        }
    }

    private static void string(ByteArrayOutputStream out, String text, Escaping escaping) {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (c < 0x20 || escaping == Escaping.ALL || (c >= 0x80 && escaping == Escaping.NON_ASCII)) {
                ascii(out, String.format("\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.writeBytes(wtf8(text.substring(i, i + 2)));
                i++;
            } else {
                out.writeBytes(wtf8(String.valueOf(c)));
            }
        }
        out.write('"');
    }

    /** Bytes inside a JSON string: quotes, backslashes and control bytes escaped, everything else as it is. */
    private static void stringBytes(ByteArrayOutputStream out, byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (c < 0x20) {
                ascii(out, String.format("\\u%04x", c));
            } else {
                out.write(c);
            }
        }
    }

    // --- forms and addresses -------------------------------------------------------------------

    /**
     * An {@code application/x-www-form-urlencoded} body: values are strings or a {@link Slot}; a list
     * repeats the field. A field whose value is null is sent without {@code =}.
     */
    static byte[] form(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            List<?> values = field.getValue() instanceof List<?> list ? list : java.util.Collections.singletonList(field.getValue());
            for (Object value : values) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(percent(field.getKey().getBytes(StandardCharsets.UTF_8), true));
                if (value != null) {
                    out.append('=').append(percent(bytesOf(value), true));
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A value for a path segment or a query parameter, every byte but the unreserved ones escaped. */
    static String url(Object value) {
        return percent(bytesOf(value), false);
    }

    /** The same, after a prefix (a value that looks right at first). */
    static String url(String prefix, Object value) {
        return percent(prefix.getBytes(StandardCharsets.UTF_8), false) + percent(bytesOf(value), false);
    }

    private static byte[] bytesOf(Object value) {
        if (value instanceof Slot slot) {
            Input input = slot.input();
            return input.bytes() != null ? input.bytes() : wtf8(input.asText());
        }
        return wtf8(String.valueOf(value));
    }

    private static String percent(byte[] bytes, boolean form) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else if (c == ' ' && form) {
                out.append('+');
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    // --- encoding ------------------------------------------------------------------------------

    /**
     * UTF-8, except that a lone surrogate is written as the three bytes UTF-8 would give its value
     * (what a careless encoder does): those bytes are not UTF-8, and the server must say so.
     */
    static byte[] wtf8(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.write(0xF0 | (c >> 18));
                out.write(0x80 | ((c >> 12) & 0x3F));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
