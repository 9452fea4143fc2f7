package com.careeragent.sources.normalize;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pay range stated in words: "$80k - $100k", "$139,200 — $235,200 USD", "CA$215K – CA$310K",
 * "€50.000–60.000 per year", "$40/hour". A range needs a currency (symbol or code) to count as pay;
 * the period is the stated one, or a year when the amounts are annual-sized (≥ 10,000).
 */
public final class SalaryText {

    private static final String CURRENCY = "(?<cur%s>US\\$|CA\\$|C\\$|A\\$|AU\\$|NZ\\$|\\$|€|£|USD|EUR|GBP|CAD|AUD|CHF|NZD)";
    private static final String AMOUNT = "(?<num%s>\\d{1,3}(?:[,.\\u00A0]\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(?<k%s>[kK])?";
    private static final Pattern RANGE = Pattern.compile(
            "(?:" + CURRENCY.formatted("1") + "\\s*)?" + AMOUNT.formatted("1", "1")
                    + "(?:\\s*(?:-|–|—|to)\\s*(?:" + CURRENCY.formatted("2") + "\\s*)?" + AMOUNT.formatted("2", "2") + ")?"
                    + "(?:\\s*" + CURRENCY.formatted("3") + "\\b)?"
                    + "(?<period>\\s*(?:/|per|an|a)\\s*(?:hour|hr|year|yr|annum|month|mo|week|day)\\b|\\s*(?:hourly|annually|yearly|monthly))?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("$", "USD"), Map.entry("CA$", "CAD"), Map.entry("C$", "CAD"),
            Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"), Map.entry("NZ$", "NZD"), Map.entry("€", "EUR"),
            Map.entry("£", "GBP"));

    private SalaryText() {
    }

    public static Salary parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            String currency = firstNonNull(m.group("cur1"), m.group("cur2"), m.group("cur3"));
            if (currency == null) {
                continue;
            }
            Long low = amount(m.group("num1"), m.group("k1") != null || m.group("k2") != null && m.group("num2") != null
                    && m.group("k1") == null && isShort(m.group("num1")));
            Long high = m.group("num2") == null ? null : amount(m.group("num2"), m.group("k2") != null);
            String period = period(m.group("period"), low);
            Salary salary = Salary.of(low, high, code(currency), period);
            if (salary != null) {
                return salary;
            }
        }
        return null;
    }

    /** "$80 - 100k": the k of the upper bound applies to a short lower bound too. */
    private static boolean isShort(String number) {
        return number.replaceAll("\\D", "").length() <= 3;
    }

    private static Long amount(String number, boolean thousands) {
        String digits = number.replaceAll("[,.\\u00A0 ](?=\\d{3}(?:\\D|$))", "");
        BigDecimal value = new BigDecimal(digits.replace(',', '.'));
        if (thousands) {
            value = value.multiply(BigDecimal.valueOf(1000));
        }
        return value.longValue();
    }

    private static String period(String stated, Long amount) {
        if (stated != null) {
            String p = stated.toLowerCase(Locale.ROOT);
            if (p.contains("hour") || p.contains("hr")) {
                return "hour";
            }
            if (p.contains("month") || p.contains("mo")) {
                return "month";
            }
            if (p.contains("week")) {
                return "week";
            }
            if (p.contains("day")) {
                return "day";
            }
            return "year";
        }
        return amount != null && amount >= 10_000 ? "year" : null;
    }

    private static String code(String currency) {
        String upper = currency.toUpperCase(Locale.ROOT);
        return CODES.getOrDefault(upper, upper);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
