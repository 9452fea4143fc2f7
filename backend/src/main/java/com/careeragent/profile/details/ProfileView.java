package com.careeragent.profile.details;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.careeragent.profile.cv.CvDocument;
import com.careeragent.profile.parse.ParsedCv;
import com.careeragent.profile.skills.UserSkill;

/**
 * The profile as the API shows it. {@code editedFields} names the fields the user corrected by hand; a
 * new CV upload leaves them alone. {@code cv} is the latest upload, or null.
 */
public record ProfileView(
        String fullName,
        String headline,
        String location,
        String email,
        String phone,
        String summary,
        BigDecimal yearsExperience,
        String seniority,
        List<String> targetTitles,
        List<String> preferredLocations,
        String remotePreference,
        Integer salaryExpectation,
        String salaryCurrency,
        List<ParsedCv.Language> languages,
        List<String> links,
        List<ParsedCv.Experience> experience,
        List<ParsedCv.Education> education,
        List<UserSkill> skills,
        List<String> editedFields,
        CvDocument cv,
        Instant updatedAt) {

    static ProfileView of(ProfileRow p, List<UserSkill> skills, CvDocument cv) {
        return new ProfileView(p.fullName(), p.headline(), p.location(), p.email(), p.phone(), p.summary(),
                p.yearsExperience(), p.seniority(), p.targetTitles(), p.preferredLocations(), p.remotePreference(),
                p.salaryExpectation(), p.salaryCurrency(), p.languages(), p.links(), p.experience(), p.education(),
                skills, p.editedFields(), cv, p.updatedAt());
    }
}
