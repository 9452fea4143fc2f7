package com.careeragent.matching.scoring;

/**
 * One reason behind a factor's points.
 *
 * @param kind    match, related, missing, nice-to-have-missing, fit, partial, mismatch or unknown
 * @param text    the reason in a sentence
 * @param profile what the profile says (a skill, a title, a location), if anything
 * @param job     what the posting says (a phrase from its text, its title, its location), if anything
 */
public record Evidence(String kind, String text, String profile, String job) {

    static Evidence of(String kind, String text) {
        return new Evidence(kind, text, null, null);
    }
}
