package com.careeragent.jobs.searchbench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;

/** Word lists for the synthetic postings: company names, places, industries and a long tail of rare words. */
final class Vocabulary {

    static final List<String> DOMAINS = List.of("fintech", "healthcare", "logistics", "e-commerce", "education",
            "climate", "energy", "insurance", "real estate", "travel", "gaming", "media", "cybersecurity",
            "developer tools", "marketplaces", "payments", "biotech", "HR tech", "legal tech", "mobility",
            "food delivery", "agriculture", "retail", "telecommunications", "space", "robotics", "music streaming",
            "advertising", "crypto", "nonprofit", "govtech", "manufacturing", "supply chain", "analytics", "SaaS");

    static final List<String> TEAMS = List.of("Payments", "Growth", "Platform", "Core", "Search", "Checkout",
            "Identity", "Billing", "Data", "Infrastructure", "Mobile", "Onboarding", "Risk", "Ads", "Messaging",
            "Integrations", "Developer Experience", "Reliability", "Marketplace", "Notifications");

    static final List<String> CITIES = List.of("New York, NY", "San Francisco, CA", "London, UK", "Berlin, Germany",
            "Toronto, Canada", "Austin, TX", "Seattle, WA", "Amsterdam, Netherlands", "Paris, France",
            "Boston, MA", "Chicago, IL", "Dublin, Ireland", "Munich, Germany", "Barcelona, Spain",
            "Lisbon, Portugal", "Stockholm, Sweden", "Warsaw, Poland", "Bangalore, India", "Singapore",
            "Sydney, Australia", "Tel Aviv, Israel", "Zurich, Switzerland", "Vienna, Austria", "Denver, CO",
            "Los Angeles, CA", "Atlanta, GA", "Miami, FL", "Montreal, Canada", "Copenhagen, Denmark",
            "Madrid, Spain", "Prague, Czechia", "Krakow, Poland", "Hamburg, Germany", "Oslo, Norway",
            "Helsinki, Finland", "Buenos Aires, Argentina", "Sao Paulo, Brazil", "Mexico City, Mexico",
            "Tokyo, Japan", "Cape Town, South Africa");

    static final List<String> REMOTE_LOCATIONS = List.of("Remote", "Remote - US", "Remote - Europe",
            "Worldwide", "Remote (EMEA)", "Remote - Americas", "Anywhere", "Remote, UK", "Remote - Germany",
            "Remote (CET +/- 3h)");

    static final List<String> BENEFITS = List.of("a competitive salary", "meaningful equity",
            "private health insurance", "a yearly learning budget", "flexible working hours",
            "25 days of paid vacation", "parental leave", "a home office stipend", "a 401(k) match",
            "a four-day work week in summer", "company offsites twice a year", "a new laptop of your choice",
            "wellness allowance", "mental health support", "relocation assistance", "a coworking allowance");

    private static final String[] SYLLABLES = {"ka", "lo", "vi", "zen", "tra", "mo", "rix", "qua", "lum", "dor",
            "sa", "pex", "nu", "vel", "ion", "tor", "bri", "ca", "fy", "ly", "gon", "ax", "ver", "sol", "ti", "ra",
            "mi", "no", "pho", "cle", "dra", "xo", "zu", "hal", "ke", "wen", "ob", "ur", "is", "en"};
    private static final List<String> COMPANY_SUFFIXES = List.of("", "", "", " Labs", " Inc", " Technologies",
            " Health", " AI", " Systems", " Group", " Software", " Analytics", " Cloud", " GmbH", " Ltd", " HQ");

    final Weighted<String> companies;
    final Weighted<String> rareWords;

    Vocabulary(SplittableRandom random, int companyCount, int rareWordCount) {
        this.companies = Weighted.zipf(companyNames(random, companyCount), 0.9, 5);
        this.rareWords = Weighted.zipf(words(random, rareWordCount, 3, 4), 1.05, 20);
    }

    private static List<String> companyNames(SplittableRandom random, int count) {
        List<String> names = new ArrayList<>();
        for (String word : words(random, count, 2, 3)) {
            String name = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            names.add(name + COMPANY_SUFFIXES.get(random.nextInt(COMPANY_SUFFIXES.size())));
        }
        return names;
    }

    /** Unique pronounceable made-up words such as "zentrakalo": brand names, product code names. */
    private static List<String> words(SplittableRandom random, int count, int minSyllables, int maxSyllables) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < count) {
            int syllables = minSyllables + random.nextInt(maxSyllables - minSyllables + 1);
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return new ArrayList<>(words);
    }
}
