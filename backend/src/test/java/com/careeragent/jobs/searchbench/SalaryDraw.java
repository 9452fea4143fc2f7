package com.careeragent.jobs.searchbench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A stated salary range, or all nulls (most postings state none). Log-normal around a family median. */
record SalaryDraw(Integer min, Integer max, String currency, String period) {

    private static final SalaryDraw NONE = new SalaryDraw(null, null, null, null);
    private static final Map<String, Double> MEDIAN_USD = Map.ofEntries(Map.entry("backend", 135_000.0),
            Map.entry("frontend", 120_000.0), Map.entry("fullstack", 125_000.0), Map.entry("data", 125_000.0),
            Map.entry("ml", 165_000.0), Map.entry("devops", 135_000.0), Map.entry("mobile", 125_000.0),
            Map.entry("security", 140_000.0), Map.entry("qa", 95_000.0), Map.entry("product", 130_000.0),
            Map.entry("business", 80_000.0));
    private static final Weighted<String> CURRENCIES = new Weighted<>(List.of("USD", "EUR", "GBP", "CAD", "AUD"),
            new double[] {0.72, 0.14, 0.08, 0.04, 0.02});

    static SalaryDraw draw(SplittableRandom random, RoleFamily family, String seniorityPrefix) {
        if (random.nextInt(100) >= 42) {
            return NONE;
        }
        String currency = CURRENCIES.pick(random);
        double factor = switch (seniorityPrefix.trim()) {
            case "Senior" -> 1.25;
            case "Junior" -> 0.7;
            case "Staff" -> 1.5;
            case "Lead" -> 1.35;
            case "Principal" -> 1.7;
            case "Intern -" -> 0.4;
            case "Head of" -> 1.8;
            default -> 1.0;
        };
        double currencyFactor = switch (currency) {
            case "EUR" -> 0.65;
            case "GBP" -> 0.6;
            case "CAD" -> 1.1;
            case "AUD" -> 1.2;
            default -> 1.0;
        };
        double annual = MEDIAN_USD.get(family.name()) * factor * currencyFactor
                * Math.exp(random.nextGaussian() * 0.25);
        double low = annual * (0.8 + random.nextDouble() * 0.15);
        double high = annual * (1.05 + random.nextDouble() * 0.3);
        int roll = random.nextInt(100);
        String period = roll < 85 ? "year" : roll < 95 ? "hour" : "month";
        double divisor = switch (period) {
            case "hour" -> 2080.0;
            case "month" -> 12.0;
            default -> 1.0;
        };
        int step = period.equals("hour") ? 1 : period.equals("month") ? 100 : 1000;
        Integer min = round(low / divisor, step);
        Integer max = round(high / divisor, step);
        int shape = random.nextInt(100);
        if (shape < 4) {
            max = null;
        } else if (shape < 7) {
            min = null;
        }
        return new SalaryDraw(min, max, currency, period);
    }

    private static int round(double value, int step) {
        return (int) (Math.round(value / step) * step);
    }
}
