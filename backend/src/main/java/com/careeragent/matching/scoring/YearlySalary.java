package com.careeragent.matching.scoring;

import java.util.Locale;

/** Salaries on one scale: yearly amounts, so an hourly rate and a yearly range can be compared. */
final class YearlySalary {

    static final long UNKNOWN = -1;

    private YearlySalary() {
    }

    static long of(Integer amount, String period) {
        if (amount == null || amount <= 0) {
            return UNKNOWN;
        }
        String unit = period == null ? "year" : period.toLowerCase(Locale.ROOT);
        long factor = switch (unit) {
            case "hour", "hourly" -> 2080;
            case "day", "daily" -> 260;
            case "week", "weekly" -> 52;
            case "month", "monthly" -> 12;
            default -> 1;
        };
        return amount * factor;
    }

    static String currency(String currency) {
        return currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
    }
}
