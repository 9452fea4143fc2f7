package com.careeragent.profile.parse;

import java.util.regex.Pattern;

/** Vocabulary the offline parser recognises roles, places and degrees by. */
final class Words {

    static final Pattern TITLE = Pattern.compile("(?i)\\b(engineer|developer|programmer|manager|intern|assistant|"
            + "scientist|analyst|designer|director|lead|architect|consultant|cto|ceo|cfo|coo|vp|founder|co-founder|"
            + "member|volunteer|coach|president|officer|specialist|administrator|teacher|tutor|researcher|head|"
            + "owner|associate|advisor|strategist|technician|editor|writer|accountant|recruiter|nurse|"
            + "representative|coordinator|instructor|professor|lecturer|fellow|trainee|apprentice|"
            + "sre|devops|product owner|stack)\\b");
    static final Pattern SENIORITY = Pattern.compile("(?i)\\b(intern|trainee|junior|jr\\.?|senior|sr\\.?|lead|"
            + "principal|staff|head|director|vp|cto|ceo|chief|founder|co-founder)\\b");
    static final Pattern DEGREE = Pattern.compile("(?i)(\\b(ph\\.?\\s?d|doctor(ate)?|master|m\\.?sc|m\\.s\\.|mba|"
            + "bachelor|b\\.?sc|b\\.s\\.|bs|ba|b\\.a\\.|b\\.?tech|b\\.?eng|m\\.?eng|associate|diploma|"
            + "licen[cs]e|abitur|a-levels)\\b)");
    static final Pattern INSTITUTION = Pattern.compile("(?i)\\b(university|college|institute|school|academy|"
            + "polytechnic|universit[äa]t|hochschule|école|ecole|mit|caltech|ucla|uc\\s+\\w+)\\b");
    static final Pattern COMPANY_SUFFIX = Pattern.compile("(?i)^(inc\\.?|llc|ltd\\.?|gmbh|corp\\.?|co\\.|plc|s\\.a\\.|ag)$");
    static final Pattern PLACE = Pattern.compile("^(?:[A-Z]{2}|USA|U\\.S\\.A?\\.?|UK|United States|United Kingdom|"
            + "India|Germany|France|Canada|Türkiye|Turkey|Netherlands|Spain|Italy|Remote|[A-Z][a-z]+(?: [A-Z][a-z]+)?,"
            + " [A-Z]{2})$");

    private Words() {
    }

    static boolean isTitle(String text) {
        return TITLE.matcher(text).find();
    }
}
