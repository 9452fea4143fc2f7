package com.careeragent.matching.scoring;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small gazetteer that turns free-text locations ("San Francisco, CA", "Remote - Europe", "Lisbon,
 * Portugal") into comparable keys: {@code city:san francisco}, {@code country:us}, {@code area:europe},
 * or {@code anywhere}. Good enough to tell "same city", "same country" and "inside the allowed region".
 */
final class Places {

    static final String ANYWHERE = "anywhere";
    private static final Map<String, String[]> COUNTRIES = new HashMap<>();
    private static final Map<String, String> AREAS = new HashMap<>();
    private static final Set<String> US_STATES = Set.of("al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga",
            "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv",
            "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va",
            "wa", "wv", "wi", "wy", "dc", "california", "texas", "florida", "new york", "washington", "massachusetts",
            "illinois", "colorado", "utah", "georgia", "arizona", "oregon", "pennsylvania", "north carolina",
            "virginia", "maryland", "delaware", "nebraska", "montana", "ohio", "michigan", "new jersey", "minnesota");

    static {
        String[][] countries = {
                {"us", "north-america", "usa|us|united states|united states of america|america|u.s."},
                {"ca", "north-america", "canada"}, {"mx", "latin-america", "mexico"},
                {"br", "latin-america", "brazil|brasil"}, {"ar", "latin-america", "argentina"},
                {"co", "latin-america", "colombia"}, {"cl", "latin-america", "chile"}, {"pe", "latin-america", "peru"},
                {"gb", "europe", "uk|united kingdom|england|scotland|wales|great britain|gb"},
                {"ie", "europe", "ireland"}, {"de", "europe", "germany|deutschland"}, {"fr", "europe", "france"},
                {"es", "europe", "spain"}, {"pt", "europe", "portugal"}, {"it", "europe", "italy"},
                {"nl", "europe", "netherlands|holland"}, {"be", "europe", "belgium"}, {"ch", "europe", "switzerland|schweiz"},
                {"at", "europe", "austria"}, {"pl", "europe", "poland"}, {"se", "europe", "sweden"},
                {"no", "europe", "norway"}, {"dk", "europe", "denmark"}, {"fi", "europe", "finland"},
                {"ee", "europe", "estonia"}, {"lt", "europe", "lithuania"}, {"ua", "europe", "ukraine"},
                {"bg", "europe", "bulgaria"}, {"ro", "europe", "romania"}, {"cz", "europe", "czechia|czech republic"},
                {"gr", "europe", "greece"}, {"tr", "europe", "turkey"}, {"in", "asia", "india"},
                {"jp", "asia", "japan"}, {"cn", "asia", "china"}, {"hk", "asia", "hong kong"},
                {"sg", "asia", "singapore"}, {"kr", "asia", "south korea|korea"}, {"tw", "asia", "taiwan"},
                {"ph", "asia", "philippines"}, {"vn", "asia", "vietnam"}, {"id", "asia", "indonesia"},
                {"il", "asia", "israel"}, {"ae", "asia", "uae|united arab emirates"}, {"au", "oceania", "australia"},
                {"nz", "oceania", "new zealand"}, {"za", "africa", "south africa"}, {"ng", "africa", "nigeria"},
                {"eg", "africa", "egypt"}, {"ke", "africa", "kenya"}};
        for (String[] country : countries) {
            for (String name : country[2].split("\\|")) {
                COUNTRIES.put(name, new String[] {country[0], country[1]});
            }
        }
        String[][] areas = {{"europe", "europe"}, {"eu", "europe"}, {"emea", "europe"}, {"cet", "europe"},
                {"north america", "north-america"}, {"americas", "americas"}, {"latin america", "latin-america"},
                {"latam", "latin-america"}, {"south america", "latin-america"}, {"asia", "asia"}, {"apac", "asia"},
                {"africa", "africa"}, {"oceania", "oceania"}};
        for (String[] area : areas) {
            AREAS.put(area[0], area[1]);
        }
    }

    private static final Pattern ANYWHERE_WORDS = Pattern.compile("\\b(anywhere|worldwide|global|globally|world)\\b");
    private static final Pattern PARTS = Pattern.compile("\\s*[,;/()|\u2013-]\\s*|\\s+or\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern REMOTE_WORD = Pattern.compile("^remote\\s+|\\s+remote$");
    private static final Pattern CITY = Pattern.compile("[a-z .'\u00c0-\u024f]{2,40}");
    private static final Pattern CITY_SUFFIX = Pattern.compile("\\s+(hq|office|area|metro)$");

    private Places() {
    }

    /** True for a word that names a country or area: such words are dropped from titles. */
    static boolean isPlaceWord(String word) {
        return COUNTRIES.containsKey(word) && word.length() > 3 || AREAS.containsKey(word) && word.length() > 3;
    }

    /** Keys for a free-text location; empty when nothing is recognised. */
    static Set<String> keys(String location) {
        Set<String> keys = new LinkedHashSet<>();
        if (location == null || location.isBlank()) {
            return keys;
        }
        String text = location.toLowerCase(Locale.ROOT);
        if (ANYWHERE_WORDS.matcher(text).find()) {
            keys.add(ANYWHERE);
        }
        String[] parts = PARTS.split(text);
        for (int i = 0; i < parts.length; i++) {
            String part = SPACES.matcher(parts[i].strip()).replaceAll(" ");
            if (part.isEmpty() || part.equals("remote")) {
                continue;
            }
            addPart(keys, REMOTE_WORD.matcher(part).replaceAll(""), i == 0);
        }
        return keys;
    }

    /** "Remote within United States" names a country inside a longer phrase. */
    private static boolean addNamedCountry(Set<String> keys, String part) {
        String padded = " " + part + " ";
        boolean found = false;
        for (Map.Entry<String, String[]> country : COUNTRIES.entrySet()) {
            if (country.getKey().length() > 3 && padded.contains(" " + country.getKey() + " ")) {
                addCountry(keys, country.getValue());
                found = true;
            }
        }
        return found;
    }

    private static void addCountry(Set<String> keys, String[] country) {
        keys.add("country:" + country[0]);
        keys.add("area:" + country[1]);
        if ("north-america".equals(country[1]) || "latin-america".equals(country[1])) {
            keys.add("area:americas");
        }
    }

    private static void addPart(Set<String> keys, String part, boolean first) {
        String[] country = COUNTRIES.get(part);
        if (country != null) {
            addCountry(keys, country);
        } else if (US_STATES.contains(part)) {
            keys.add("country:us");
            keys.add("area:north-america");
            keys.add("area:americas");
        } else if (AREAS.containsKey(part)) {
            keys.add("area:" + AREAS.get(part));
        } else if (!addNamedCountry(keys, part) && first && CITY.matcher(part).matches()) {
            keys.add("city:" + CITY_SUFFIX.matcher(part).replaceAll(""));
        }
        for (Map.Entry<String, String> area : AREAS.entrySet()) {
            if (part.contains(area.getKey()) && area.getKey().length() > 3) {
                keys.add("area:" + area.getValue());
            }
        }
    }
}
