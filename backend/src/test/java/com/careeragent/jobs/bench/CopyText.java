package com.careeragent.jobs.bench;

import java.util.List;

/** PostgreSQL COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private CopyText() {
    }

    static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            if (values[i] == null) {
                out.append("\\N");
            } else {
                escape(out, values[i]);
            }
        }
        out.append('\n');
    }

    /** An array literal such as {"a","b \"c\""}. */
    static String array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
