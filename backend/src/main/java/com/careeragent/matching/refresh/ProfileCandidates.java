package com.careeragent.matching.refresh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.careeragent.auth.UserId;
import com.careeragent.matching.Candidate;
import com.careeragent.profile.ProfileSnapshot;
import com.careeragent.profile.Profiles;

/** The profile as matching sees it: a {@link ProfileSnapshot} mapped onto a {@link Candidate}. */
@Component
public class ProfileCandidates {

    private final Profiles profiles;

    public ProfileCandidates(Profiles profiles) {
        this.profiles = profiles;
    }

    public Optional<Candidate> find(UserId user) {
        return profiles.find(user).map(ProfileCandidates::candidate);
    }

    static Candidate candidate(ProfileSnapshot p) {
        List<String> recent = new ArrayList<>();
        if (p.currentTitle() != null && !p.currentTitle().isBlank()) {
            recent.add(p.currentTitle());
        }
        p.pastTitles().stream().filter(t -> t != null && !t.isBlank() && !recent.contains(t)).forEach(recent::add);
        List<Candidate.Skill> skills = p.skills().stream()
                .map(s -> new Candidate.Skill(s.name(), s.level(), decimal(s.years()), s.evidence())).toList();
        return new Candidate(p.targetTitles(), p.headline(), recent, p.seniority(), decimal(p.yearsExperience()),
                skills, p.languages().stream().map(ProfileSnapshot.Language::name).toList(), p.location(),
                p.preferredLocations(), p.remotePreference(), p.salaryExpectation(), p.salaryCurrency());
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
