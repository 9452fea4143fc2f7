package com.careeragent.profile.details;

import org.springframework.stereotype.Component;

import com.careeragent.auth.UserId;
import com.careeragent.profile.cv.CvDocuments;
import com.careeragent.profile.skills.UserSkills;

/** Assembles {@link ProfileView}: the profile row, the skills and the latest CV's metadata. */
@Component
public class ProfileViews {

    private final ProfileStore profiles;
    private final UserSkills skills;
    private final CvDocuments cvs;

    ProfileViews(ProfileStore profiles, UserSkills skills, CvDocuments cvs) {
        this.profiles = profiles;
        this.skills = skills;
        this.cvs = cvs;
    }

    public ProfileView view(UserId user) {
        return ProfileView.of(profiles.find(user).orElseGet(ProfileRow::empty), skills.list(user),
                cvs.latest(user).orElse(null));
    }
}
