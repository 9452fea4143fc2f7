package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The role families a profile holds, each as strong as the title it comes from (a target title fully, an
 * old CV title less), and what that gives for a job of each family: the best of strength × closeness.
 * When no title says what kind of work it is ("Software Engineer", "Co-Founder & CTO"), those titles take
 * the family of the profile's skills; a profile without titles is read from its skills alone, less strongly.
 */
record RoleFit(List<Held> held, float[] byJobFamily) {

    /** Skills are weaker evidence of the kind of work than a title the person chose or held. */
    static final float SKILLS_STRENGTH = 0.8f;
    private static final int SHOWN_SKILLS = 6;

    /**
     * One family the profile holds, how strongly, and where it comes from: a title of the given kind
     * (target title, headline, current title, past title), the skills, or a generic title read through the
     * skills. {@code title} or {@code skills} is null when it played no part.
     */
    record Held(int family, float strength, String kind, String title, String skills) {

        static Held ofTitle(int family, float strength, String kind, String title) {
            return new Held(family, strength, kind, title, null);
        }

        /** "your headline "Software Engineer" with your skills (Python, Django)", for the evidence. */
        String describe() {
            String skillList = skills == null ? "" : "your skills (" + skills + ")";
            return title == null ? skillList
                    : "your " + kind + " \"" + title + "\"" + (skills == null ? "" : " with " + skillList);
        }

        /** What the profile says, for the evidence's profile side. */
        String profileText() {
            return title == null ? skills : skills == null ? title : title + " (skills: " + skills + ")";
        }
    }

    static final RoleFit NONE = new RoleFit(List.of(), new float[0]);

    boolean isEmpty() {
        return held.isEmpty();
    }

    static RoleFit of(RoleFamilies families, List<Held> fromTitles, Collection<String> skills) {
        int bySkills = families.ofSkills(skills, RoleFamilies.REQUIRED_PER_SIDE);
        boolean specific = fromTitles.stream().anyMatch(title -> !families.isGeneric(title.family()));
        List<Held> held = new ArrayList<>();
        for (Held title : fromTitles) {
            // "Software Engineer" or "Founder" with mostly ML skills reads as machine learning
            held.add(!specific && families.isGeneric(title.family()) && bySkills != RoleFamilies.UNKNOWN
                    ? new Held(bySkills, title.strength(), title.kind(), title.title(), shown(skills))
                    : title);
        }
        if (held.isEmpty() && bySkills != RoleFamilies.UNKNOWN) {
            held.add(new Held(bySkills, SKILLS_STRENGTH, "skills", null, shown(skills)));
        }
        if (held.isEmpty()) {
            return NONE;
        }
        float[] fit = new float[families.size()];
        for (int job = 0; job < fit.length; job++) {
            for (Held h : held) {
                fit[job] = Math.max(fit[job], (float) (h.strength() * families.closeness(h.family(), job)));
            }
        }
        return new RoleFit(List.copyOf(held), fit);
    }

    private static String shown(Collection<String> skills) {
        return String.join(", ", skills.stream().limit(SHOWN_SKILLS).toList()) + (skills.size() > SHOWN_SKILLS ? "…" : "");
    }

    /** The held family that gives a job of {@code jobFamily} its fit. */
    Held bestFor(RoleFamilies families, int jobFamily) {
        Held best = held.getFirst();
        double bestFit = -1;
        for (Held h : held) {
            double fit = h.strength() * families.closeness(h.family(), jobFamily);
            if (fit > bestFit) {
                best = h;
                bestFit = fit;
            }
        }
        return best;
    }
}
