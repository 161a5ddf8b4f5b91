package org.egmpublisher.site.data;

import java.util.List;
import java.util.Map;

/**
 * A tiny deterministic JSON writer for the downloads: maps keep their insertion order, numbers are
 * written as given, text is escaped (including {@code <}, so a value can never close a script
 * element if the file is ever inlined). Not a general library: values are String, Long, Integer,
 * Boolean, {@link Number}, {@link Literal}, a {@link Map} with String keys, a {@link List}, or
 * {@link #NULL}.
 */
public final class Json {

    /** A number already formatted, such as {@code 0.90460}, written as it is. */
    record Literal(String text) {
        Literal {
            if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?")) {
                throw new IllegalArgumentException("'" + text + "' is not a JSON number");
            }
        }
    }

    /** JSON {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private Json() {
    }

    /** The value pretty-printed with two-space indents, ending with a newline. */
    static String pretty(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 0, true);
        return b.append('\n').toString();
    }

    /** The value on one line. */
    static String compact(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 0, false);
        return b.toString();
    }

    private static void write(StringBuilder b, Object value, int indent, boolean pretty) {
        switch (value) {
            case String s -> string(b, s);
            case Boolean bool -> b.append(bool);
            case Literal l -> b.append(l.text());
            case Long l -> b.append(l);
            case Integer i -> b.append(i);
            case Map<?, ?> map -> {
                b.append('{');
                int i = 0;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    b.append(i++ == 0 ? "" : ",");
                    newline(b, indent + 1, pretty);
                    string(b, (String) e.getKey());
                    b.append(pretty ? ": " : ":");
                    write(b, e.getValue(), indent + 1, pretty);
                }
                if (!map.isEmpty()) {
                    newline(b, indent, pretty);
                }
                b.append('}');
            }
            case List<?> list -> {
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    b.append(i == 0 ? "" : ",");
                    newline(b, indent + 1, pretty);
                    write(b, list.get(i), indent + 1, pretty);
                }
                if (!list.isEmpty()) {
                    newline(b, indent, pretty);
                }
                b.append(']');
            }
            default -> {
                if (value == NULL) {
                    b.append("null");
                } else {
                    throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
                }
            }
        }
    }

    private static void newline(StringBuilder b, int indent, boolean pretty) {
        if (pretty) {
            b.append('\n').append("  ".repeat(indent));
        }
    }

    /** {@code s} as a JSON string literal, safe inside an HTML script element ({@code <} escaped). */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        string(b, s);
        return b.toString();
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        b.append('"');
    }
}
