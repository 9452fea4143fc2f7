package com.careeragent.matching.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Occupational role families (front-end, back-end, product management, sales, nursing…) and how close two
 * families are, read from {@code resources/matching/role-families.json}. A recruiter's first question is
 * "same kind of job?": an accountant is not a fit for a developer role however many tools they share.
 * Titles are classified by their words (the most specific cue wins: "engineering manager" over
 * "engineer"); a generic title ("Software Engineer", "Founder") is refined by the skills it names
 * ("Software Engineer (Elixir)" is back-end). Immutable and thread-safe.
 */
public final class RoleFamilies {

    static final int UNKNOWN = -1;
    /** Front-end plus back-end skills read as full-stack only with at least this many of each. */
    static final int REQUIRED_PER_SIDE = 2;
    private static final String RESOURCE = "matching/role-families.json";

    record Family(String id, String name, String group, boolean generic, List<String> titles, List<String> combines,
            List<String> skills) {

        Family {
            titles = titles == null ? List.of() : titles;
            combines = combines == null ? List.of() : combines;
            skills = skills == null ? List.of() : skills;
        }
    }

    record Related(List<String> families, double credit) {
    }

    record Data(List<Family> families, List<Related> related, double sameGroupCredit, double genericCredit) {
    }

    /** A title cue in normalised title words, and the family it signals. */
    private record Cue(List<String> words, int family) {
    }

    /** A family that two others make together (front-end + back-end = full-stack). */
    private record Combination(int family, int first, int second) {
    }

    private final List<Family> families;
    private final List<Cue> cues = new ArrayList<>();
    private final Map<String, Integer> bySkill = new HashMap<>();
    private final double[][] closeness;
    private final List<Combination> combinations = new ArrayList<>();

    RoleFamilies(Data data) {
        this.families = List.copyOf(data.families());
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < families.size(); i++) {
            Family family = families.get(i);
            byId.put(family.id(), i);
            for (String title : family.titles()) {
                cues.add(new Cue(TitleWords.of(title, null), i));
            }
            for (String skill : family.skills()) {
                bySkill.putIfAbsent(skill.toLowerCase(Locale.ROOT), i);
            }
        }
        int n = families.size();
        closeness = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                Family fa = families.get(a);
                Family fb = families.get(b);
                boolean sameGroup = fa.group().equals(fb.group());
                closeness[a][b] = a == b ? 1 : !sameGroup ? 0
                        : fa.generic() || fb.generic() ? data.genericCredit() : data.sameGroupCredit();
            }
        }
        for (Related related : data.related()) {
            int a = byId.get(related.families().get(0));
            int b = byId.get(related.families().get(1));
            closeness[a][b] = related.credit();
            closeness[b][a] = related.credit();
        }
        for (Family family : families) {
            if (family.combines().size() == 2) {
                combinations.add(new Combination(byId.get(family.id()), byId.get(family.combines().get(0)),
                        byId.get(family.combines().get(1))));
            }
        }
    }

    /** The families shipped in resources/matching, parsed once. */
    public static RoleFamilies loadDefault() {
        return Default.INSTANCE;
    }

    private static final class Default {
        static final RoleFamilies INSTANCE = new RoleFamilies(read());

        private static Data read() {
            JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
            try (InputStream in = RoleFamilies.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                return json.readValue(in, Data.class);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE, e);
            }
        }
    }

    int size() {
        return families.size();
    }

    Family family(int family) {
        return families.get(family);
    }

    String id(int family) {
        return family == UNKNOWN ? null : families.get(family).id();
    }

    String name(int family) {
        return families.get(family).name();
    }

    boolean isGeneric(int family) {
        return family != UNKNOWN && families.get(family).generic();
    }

    /** How close a person of family {@code held} is to a job of family {@code job}: 1 same, 0 unrelated. */
    double closeness(int held, int job) {
        return closeness[held][job];
    }

    /**
     * The family of a title, from its normalised words and the canonical skills it names. The cue with most
     * words wins, a specific family before a generic one; a generic or unknown result yields to the family
     * of the skills in the title.
     */
    int ofTitle(List<String> titleWords, Collection<String> titleSkills) {
        int best = UNKNOWN;
        int bestRank = -1;
        for (Cue cue : cues) {
            int rank = (isGeneric(cue.family()) ? 0 : 100) + cue.words().size();
            if (rank > bestRank && titleWords.containsAll(cue.words())) {
                best = cue.family();
                bestRank = rank;
            }
        }
        if (best == UNKNOWN || isGeneric(best)) {
            int bySkills = ofSkills(titleSkills, 1);
            return bySkills == UNKNOWN ? best : bySkills;
        }
        return best;
    }

    /**
     * The family of a posting: that of its title, and when the title is generic ("Software Engineer", "SDE I")
     * the family of the skills it requires, as a recruiter reads the requirements to see what kind of
     * engineer is wanted.
     */
    int ofPosting(List<String> titleWords, Collection<String> titleSkills, Collection<String> required) {
        int family = ofTitle(titleWords, titleSkills);
        if (isGeneric(family)) {
            int bySkills = ofSkills(required, REQUIRED_PER_SIDE);
            return bySkills == UNKNOWN ? family : bySkills;
        }
        return family;
    }

    /**
     * The family most of the given skills belong to, or UNKNOWN when none does. Two families that another one
     * combines (front-end and back-end make full-stack) give that family when each has {@code minEach} skills
     * and neither has twice as many as the other (a React developer who knows some Python is front-end).
     */
    int ofSkills(Collection<String> skills, int minEach) {
        int[] counts = new int[families.size()];
        for (String skill : skills) {
            Integer family = bySkill.get(skill.toLowerCase(Locale.ROOT));
            if (family != null) {
                counts[family]++;
            }
        }
        for (Combination combination : combinations) {
            int first = counts[combination.first()];
            int second = counts[combination.second()];
            if (Math.min(first, second) >= minEach && 2 * Math.min(first, second) > Math.max(first, second)) {
                return combination.family();
            }
        }
        int best = UNKNOWN;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best == UNKNOWN || counts[i] > counts[best])) {
                best = i;
            }
        }
        return best;
    }
}
