package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of the posting's skills the profile covers. Required skills count fully, nice-to-have skills at
 * {@code niceToHaveWeight}; a skill the profile only has a related skill for (SQL for PostgreSQL) counts
 * {@code relatedCredit}. Each skill weighs more the more prominent the posting makes it: 1 + ln(mentions),
 * a mention in the title counting as {@value RequirementReader#TITLE_SALIENCE}. Required spoken languages
 * count as required skills (English is assumed).
 * Long postings name many incidental tools, so the fit is the mean of the covered share and of how much of
 * {@value #CORE_SKILLS} units of weight is covered: matching 8 of 30 listed skills is a good fit. A posting
 * is read as naming at least {@value #MIN_LISTED} skills, so matching 1 of 1 is not a perfect fit.
 * <p>
 * The stack comes first: of the posting's {@value #STACK_SKILLS} most prominent languages and frameworks
 * ({@link StackSkills}), the share the person has scales the fit between {@value #STACK_FLOOR} (none) and 1
 * (all). A Java/Angular developer covers many skills of a React/Node.js job, yet a recruiter reads it as a
 * weak fit.
 */
final class SkillFactor implements Factor {

    static final int CORE_SKILLS = 6;
    static final int MIN_LISTED = 3;
    /** A required spoken language the person lacks is a core gap: each one halves the fit. */
    static final double LANGUAGE_KNOCK_OUT = 0.5;
    static final int STACK_SKILLS = 2;
    /**
     * What the fit keeps when the person has none of the job's main stack skills: half, as for a missing
     * required spoken language (a missing core requirement).
     */
    static final double STACK_FLOOR = 0.5;
    private final SkillDictionary skills;
    private final double relatedCredit;
    private final double niceToHaveWeight;

    SkillFactor(SkillDictionary skills, double relatedCredit, double niceToHaveWeight) {
        this.skills = skills;
        this.relatedCredit = relatedCredit;
        this.niceToHaveWeight = niceToHaveWeight;
    }

    /** A skill's weight from its salience (mentions; a title mention counts several): 1, growing with the log. */
    static double weightOf(int salience) {
        return 1 + Math.log(Math.max(1, salience));
    }

    @Override
    public String name() {
        return "skills";
    }

    @Override
    public double fit(CompiledCandidate candidate, CompiledJob job) {
        if (!candidate.hasSkills()) {
            return Double.NaN;
        }
        double total = 0;
        double got = 0;
        for (int i = 0; i < job.required().length; i++) {
            total += job.requiredWeights()[i];
            got += job.requiredWeights()[i] * credit(candidate, job.required()[i]);
        }
        for (int i = 0; i < job.preferred().length; i++) {
            total += niceToHaveWeight * job.preferredWeights()[i];
            got += niceToHaveWeight * job.preferredWeights()[i] * credit(candidate, job.preferred()[i]);
        }
        total += job.languages().length;
        double knockOut = 1;
        for (int language : job.languages()) {
            got += candidate.has(language) ? 1 : 0;
            knockOut *= candidate.has(language) ? 1 : LANGUAGE_KNOCK_OUT;
        }
        if (total == 0) {
            return Double.NaN;
        }
        // a posting that names only one or two skills can't show a strong fit on its own
        double listed = Math.max(total, MIN_LISTED);
        double coverage = (got / listed + Math.min(1, got / Math.min(listed, CORE_SKILLS))) / 2;
        return knockOut * coverage * stackScale(stackShare(candidate, job));
    }

    /** Of the job's main stack skills (by weight), the share the person has; NaN when the job names none. */
    private double stackShare(CompiledCandidate candidate, CompiledJob job) {
        double total = 0;
        double got = 0;
        for (int i = 0; i < job.stack().length; i++) {
            total += job.stackWeights()[i];
            got += job.stackWeights()[i] * credit(candidate, job.stack()[i]);
        }
        return total == 0 ? Double.NaN : got / total;
    }

    private static double stackScale(double share) {
        return Double.isNaN(share) ? 1 : STACK_FLOOR + (1 - STACK_FLOOR) * share;
    }

    private double credit(CompiledCandidate candidate, int skill) {
        return candidate.has(skill) ? 1 : candidate.hasRelated(skill) ? relatedCredit : 0;
    }

    @Override
    public Finding explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting) {
        if (!candidate.hasSkills()) {
            return new Finding("Your profile lists no skills, so skills don't count.", List.of());
        }
        SkillEvidence evidence = new SkillEvidence(skills, candidate, posting);
        int[] required = count(candidate, job.required(), "required", evidence);
        int[] preferred = count(candidate, job.preferred(), "nice to have", evidence);
        int languagesMet = 0;
        for (int language : job.languages()) {
            String name = skills.name(language);
            if (candidate.has(language)) {
                languagesMet++;
                evidence.add(new Evidence("match", name + " (required language) is on your profile.", name, evidence.phrase(name)));
            } else {
                evidence.missing(name, "required language");
            }
        }
        if (job.required().length + job.preferred().length + job.languages().length == 0) {
            return new Finding("The posting names no skills we recognise.", List.of());
        }
        String summary = "%d of %d required skills%s%s".formatted(required[0] + required[1], job.required().length,
                required[1] > 0 ? " (" + required[1] + " through a related skill)" : "",
                job.preferred().length > 0 ? ", %d of %d nice-to-have".formatted(preferred[0] + preferred[1],
                        job.preferred().length) : "")
                + (job.languages().length > 0
                        ? ", %d of %d required languages".formatted(languagesMet, job.languages().length) : "")
                + (languagesMet < job.languages().length ? " (a missing required language halves this factor)" : "")
                + stackSummary(candidate, job, evidence);
        return new Finding(summary, evidence.items());
    }

    /** "; main stack React and Node.js: you have neither (counts 50%)" with evidence; empty when it all fits. */
    private String stackSummary(CompiledCandidate candidate, CompiledJob job, SkillEvidence evidence) {
        double share = stackShare(candidate, job);
        if (Double.isNaN(share) || share >= 1) {
            return "";
        }
        List<String> names = new ArrayList<>();
        List<String> had = new ArrayList<>();
        List<String> lacked = new ArrayList<>();
        for (int skill : job.stack()) {
            String name = skills.name(skill);
            names.add(name);
            double credit = credit(candidate, skill);
            if (credit >= 1) {
                had.add(name);
            } else if (credit > 0) {
                had.add(name + " through a related skill");
            } else {
                lacked.add(name);
            }
        }
        String main = String.join(" and ", names);
        String yours = had.isEmpty() ? (names.size() == 1 ? "you don't have it" : "you have neither")
                : "you have " + String.join(" and ", had) + (lacked.isEmpty() ? "" : " but not " + String.join(" or ", lacked));
        long counts = Math.round(100 * stackScale(share));
        evidence.add(new Evidence(had.isEmpty() ? "mismatch" : "partial",
                "The job's main stack is %s: %s, so this factor counts %d%%.".formatted(main, yours, counts),
                had.isEmpty() ? null : String.join(", ", had), main));
        return "; main stack %s: %s (counts %d%%)".formatted(main, yours, counts);
    }

    /** Counts exact and related matches and records the evidence; returns {exact, related}. */
    private int[] count(CompiledCandidate candidate, int[] ids, String requirement, SkillEvidence evidence) {
        int exact = 0;
        int related = 0;
        for (int skill : ids) {
            if (candidate.has(skill)) {
                exact++;
                evidence.exact(skills.name(skill), requirement);
            } else if (candidate.hasRelated(skill)) {
                related++;
                evidence.related(skill, requirement);
            } else if ("required".equals(requirement)) {
                evidence.missing(skills.name(skill), requirement);
            } else {
                evidence.add(new Evidence("nice-to-have-missing", skills.name(skill) + " would be nice to have.",
                        null, evidence.phrase(skills.name(skill))));
            }
        }
        return new int[] {exact, related};
    }

    static List<String> missing(SkillDictionary skills, CompiledCandidate candidate, CompiledJob job) {
        List<String> missing = new ArrayList<>();
        if (!candidate.hasSkills()) {
            return missing;
        }
        for (int skill : job.required()) {
            if (!candidate.has(skill) && !candidate.hasRelated(skill)) {
                missing.add(skills.name(skill));
            }
        }
        for (int language : job.languages()) {
            if (!candidate.has(language)) {
                missing.add(skills.name(language));
            }
        }
        return missing;
    }
}
