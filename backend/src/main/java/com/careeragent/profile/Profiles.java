package com.careeragent.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.careeragent.auth.UserId;
import com.careeragent.profile.cv.CvDocuments;
import com.careeragent.profile.details.ProfileRow;
import com.careeragent.profile.details.ProfileStore;
import com.careeragent.profile.parse.ParsedCv;
import com.careeragent.profile.skills.UserSkills;

/** What other modules may read about a user's profile. Changes are announced with {@link ProfileUpdated}. */
@Service
public class Profiles {

    private final ProfileStore profiles;
    private final UserSkills skills;
    private final CvDocuments cvs;

    Profiles(ProfileStore profiles, UserSkills skills, CvDocuments cvs) {
        this.profiles = profiles;
        this.skills = skills;
        this.cvs = cvs;
    }

    /** The profile, or empty when the user has neither uploaded a CV nor saved a profile. */
    public Optional<ProfileSnapshot> find(UserId user) {
        List<ProfileSnapshot.Skill> userSkills = skills.list(user).stream()
                .map(s -> new ProfileSnapshot.Skill(s.name(), s.level(), s.years(), s.evidence(), s.custom()))
                .toList();
        Optional<ProfileRow> row = profiles.find(user);
        if (row.isEmpty() && userSkills.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(snapshot(row.orElseGet(ProfileRow::empty), userSkills));
    }

    /** The latest CV's text, for letters that must stay true to the CV. */
    public Optional<CvText> cvText(UserId user) {
        return cvs.latestWithText(user)
                .map(cv -> new CvText(cv.document().filename(), cv.text(), cv.document().uploadedAt()));
    }

    private static ProfileSnapshot snapshot(ProfileRow p, List<ProfileSnapshot.Skill> skills) {
        List<ParsedCv.Experience> positions = p.experience();
        String current = positions.stream().filter(ParsedCv.Experience::current).map(ParsedCv.Experience::title)
                .filter(Objects::nonNull).findFirst().orElse(null);
        List<String> past = positions.stream().filter(e -> !e.current()).map(ParsedCv.Experience::title)
                .filter(Objects::nonNull).distinct().toList();
        return new ProfileSnapshot(p.fullName(), p.headline(), p.location(), p.targetTitles(), past, current,
                p.seniority(), p.yearsExperience(), skills, p.preferredLocations(), p.remotePreference(),
                p.salaryExpectation(), p.salaryCurrency(),
                p.languages().stream().map(l -> new ProfileSnapshot.Language(l.name(), l.level())).toList());
    }
}
