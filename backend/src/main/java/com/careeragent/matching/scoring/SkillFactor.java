package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of the posting's skills the profile covers. Required skills count fully, nice-to-have skills at
 * {@code niceToHaveWeight}; a skill the profile only has a related skill for (SQL for PostgreSQL) counts
 * {@code relatedCredit}. Required spoken languages count as required skills (English is assumed).
 * Long postings name many incidental tools, so the fit is the mean of the covered share and of how many
 * of {@value #CORE_SKILLS} core skills are covered: matching 8 of 30 listed skills is a good fit. A
 * posting is read as naming at least {@value #MIN_LISTED} skills, so matching 1 of 1 is not a perfect fit.
 */
final class SkillFactor implements Factor {

    static final int CORE_SKILLS = 6;
    static final int MIN_LISTED = 3;
    /** A required spoken language the person lacks is a core gap: each one halves the fit. */
    static final double LANGUAGE_KNOCK_OUT = 0.5;
    private final SkillDictionary skills;
    private final double relatedCredit;
    private final double niceToHaveWeight;

    SkillFactor(SkillDictionary skills, double relatedCredit, double niceToHaveWeight) {
        this.skills = skills;
        this.relatedCredit = relatedCredit;
        this.niceToHaveWeight = niceToHaveWeight;
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
        double total = job.required().length + niceToHaveWeight * job.preferred().length;
        double got = 0;
        for (int skill : job.required()) {
            got += credit(candidate, skill);
        }
        for (int skill : job.preferred()) {
            got += niceToHaveWeight * credit(candidate, skill);
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
        return knockOut * (got / listed + Math.min(1, got / Math.min(listed, CORE_SKILLS))) / 2;
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
                + (languagesMet < job.languages().length ? " (a missing required language halves this factor)" : "");
        return new Finding(summary, evidence.items());
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
