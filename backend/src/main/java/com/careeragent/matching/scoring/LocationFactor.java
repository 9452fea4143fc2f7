package com.careeragent.matching.scoring;

import java.util.List;

import com.careeragent.matching.scoring.CompiledCandidate.RemotePreference;

/**
 * Where the work happens against where the person lives or wants to work and whether they want remote
 * work. A remote job limited to a region fits only people inside it; an on-site job fits best in the
 * same city, less in the same country.
 */
final class LocationFactor implements Factor {

    private static final double SAME_CITY = 1;
    private static final double SAME_COUNTRY = 0.6;
    private static final double SAME_AREA = 0.3;
    private static final double ELSEWHERE = 0.1;
    private static final double OUTSIDE_REMOTE_REGION = 0.2;
    private static final double ONSITE_BUT_WANTS_REMOTE = 0.2;
    private static final double REMOTE_BUT_WANTS_ONSITE = 0.5;

    @Override
    public String name() {
        return "location";
    }

    @Override
    public double fit(CompiledCandidate candidate, CompiledJob job) {
        boolean knowsPlace = candidate.home().length > 0 || candidate.wanted().length > 0;
        if (!knowsPlace && candidate.remote() == RemotePreference.UNKNOWN) {
            return Double.NaN;
        }
        if (job.remote()) {
            if (candidate.remote() == RemotePreference.ONSITE) {
                return REMOTE_BUT_WANTS_ONSITE;
            }
            if (job.anywhere() || job.places().length == 0 || !knowsPlace) {
                return 1;
            }
            return closeness(candidate, job) >= SAME_AREA ? 1 : OUTSIDE_REMOTE_REGION;
        }
        if (job.places().length == 0) {
            return Double.NaN;
        }
        if (candidate.remote() == RemotePreference.REMOTE) {
            return ONSITE_BUT_WANTS_REMOTE;
        }
        return knowsPlace ? closeness(candidate, job) : Double.NaN;
    }

    /** Best of same city, same country, same area between the profile's places and the job's. */
    private double closeness(CompiledCandidate candidate, CompiledJob job) {
        double best = ELSEWHERE;
        for (int i = 0; i < job.places().length; i++) {
            int place = job.places()[i];
            if (contains(candidate.home(), place) || contains(candidate.wanted(), place)) {
                byte kind = job.placeKinds()[i];
                best = Math.max(best, kind == CompiledJob.CITY ? SAME_CITY : kind == CompiledJob.COUNTRY ? SAME_COUNTRY
                        : SAME_AREA);
            }
        }
        return best;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Finding explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting) {
        double fit = fit(candidate, job);
        String where = posting.location() == null || posting.location().isBlank() ? String.join(", ", posting.regions())
                : posting.location();
        String jobSide = (job.remote() ? "Remote" : "On site") + (where.isBlank() ? "" : " (" + where + ")");
        String profile = profileSide(candidate);
        if (Double.isNaN(fit)) {
            String why = profile.isEmpty() ? "your profile states no location or remote preference"
                    : "the posting states no location";
            return new Finding("Not counted: " + why + ".", List.of());
        }
        String text;
        if (job.remote()) {
            text = fit >= 1 ? "Remote, and open to where you are." : candidate.remote() == RemotePreference.ONSITE
                    ? "Remote, but you prefer on-site work." : "Remote, but only for " + where + ".";
        } else if (candidate.remote() == RemotePreference.REMOTE) {
            text = "On site in " + where + ", but you want remote work.";
        } else {
            text = fit >= SAME_CITY ? "On site in your city." : fit >= SAME_COUNTRY ? "On site in your country."
                    : fit >= SAME_AREA ? "On site in your region." : "On site in " + where + ", away from you.";
        }
        return new Finding(text, List.of(new Evidence(fit >= 1 ? "fit" : fit >= SAME_COUNTRY ? "partial" : "mismatch",
                text, profile, jobSide)));
    }

    private static String profileSide(CompiledCandidate candidate) {
        var source = candidate.source();
        StringBuilder profile = new StringBuilder();
        if (source.location() != null && !source.location().isBlank()) {
            profile.append(source.location());
        }
        if (!source.preferredLocations().isEmpty()) {
            profile.append(profile.isEmpty() ? "" : "; ").append("prefers ").append(String.join(", ", source.preferredLocations()));
        }
        if (candidate.remote() != RemotePreference.UNKNOWN) {
            profile.append(profile.isEmpty() ? "" : "; ").append("work mode: ").append(source.remotePreference());
        }
        return profile.toString();
    }
}
