package com.careeragent.sources.normalize;

/**
 * A stated pay range. Values outside any plausible pay (zero, negative, absurdly large) mean "not stated":
 * RemoteOK for instance sends 0 for an undisclosed salary.
 */
public record Salary(Integer min, Integer max, String currency, String period) {

    private static final long LARGEST = 100_000_000L;

    /** Returns a salary only when at least one bound is a plausible positive amount. */
    public static Salary of(Number min, Number max, String currency, String period) {
        Integer low = plausible(min);
        Integer high = plausible(max);
        if (low == null && high == null) {
            return null;
        }
        if (low != null && high != null && low > high) {
            Integer swap = low;
            low = high;
            high = swap;
        }
        return new Salary(low, high, currency, period);
    }

    private static Integer plausible(Number value) {
        if (value == null) {
            return null;
        }
        double amount = value.doubleValue();
        return amount >= 1 && amount < LARGEST ? (int) Math.round(amount) : null;
    }
}
