package com.careeragent.matching.scoring;

import java.util.List;

/**
 * Whether the job is the same kind of work as the person's: the role family of the job title against the
 * families of the profile's titles (or skills), with partial credit for adjacent families (front-end and
 * full-stack, product and project management) and none for unrelated professions.
 */
final class RoleFactor implements Factor {

    private final RoleFamilies families;

    RoleFactor(RoleFamilies families) {
        this.families = families;
    }

    @Override
    public String name() {
        return "role";
    }

    @Override
    public double fit(CompiledCandidate candidate, CompiledJob job) {
        if (job.family() < 0 || candidate.roles().isEmpty()) {
            return Double.NaN;
        }
        return candidate.roles().byJobFamily()[job.family()];
    }

    @Override
    public Finding explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting) {
        if (candidate.roles().isEmpty()) {
            return new Finding("Your titles and skills don't name a kind of work we know, so the role doesn't count.",
                    List.of());
        }
        if (job.family() < 0) {
            return new Finding("\"" + posting.title() + "\" doesn't name a kind of work we know, so the role doesn't count.",
                    List.of());
        }
        RoleFit.Held held = candidate.roles().bestFor(families, job.family());
        String jobFamily = families.name(job.family());
        String ownFamily = families.name(held.family());
        double closeness = families.closeness(held.family(), job.family());
        String yours = held.describe() + (held.title() == null ? " read as" : " reads as");
        String summary = closeness == 1 ? "Same kind of work: %s.".formatted(jobFamily)
                : closeness > 0 ? "Adjacent kind of work: the job is %s, %s %s.".formatted(jobFamily, yours, ownFamily)
                : "Different kind of work: the job is %s, your profile reads as %s.".formatted(jobFamily, ownFamily);
        String kind = closeness == 1 ? "match" : closeness > 0 ? "related" : "mismatch";
        String weight = held.strength() == 1 ? ""
                : "; %s %s %d%%".formatted(held.title() == null ? "skills" : "a " + held.kind(),
                        held.title() == null ? "count" : "counts", Math.round(held.strength() * 100));
        String text = "The job is %s; %s %s (%d%% alike%s).".formatted(jobFamily, yours, ownFamily,
                Math.round(closeness * 100), weight);
        return new Finding(summary, List.of(new Evidence(kind, text, held.profileText(), posting.title())));
    }
}
