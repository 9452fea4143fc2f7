package com.careeragent.profile.details;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.careeragent.auth.UserId;
import com.careeragent.profile.ProfileUpdated;
import com.careeragent.profile.cv.CvDocuments;
import com.careeragent.profile.skills.UserSkills;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/profile")
@Tag(name = "profile", description = "The user's profile, CV and skills")
class ProfileController {

    private final ProfileStore profiles;
    private final ProfileViews views;
    private final UserSkills skills;
    private final CvDocuments cvs;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    ProfileController(ProfileStore profiles, ProfileViews views, UserSkills skills, CvDocuments cvs,
            ApplicationEventPublisher events, JsonMapper json) {
        this.json = json;
        this.profiles = profiles;
        this.views = views;
        this.skills = skills;
        this.cvs = cvs;
        this.events = events;
    }

    @GetMapping
    @Operation(operationId = "getProfile", summary = "The user's profile with skills and the latest CV")
    ProfileView get(UserId user) {
        return views.view(user);
    }

    @PutMapping
    @Transactional
    @Operation(operationId = "updateProfile",
            summary = "Replace the editable profile; changed fields are kept when a new CV is uploaded")
    ProfileView update(UserId user, @Valid @RequestBody ProfileUpdate request) {
        ProfileRow current = profiles.find(user).orElseGet(ProfileRow::empty);
        ProfileRow next = ProfileEdits.toRow(request);
        profiles.update(user, next, changedFields(current, next));
        events.publishEvent(new ProfileUpdated(user));
        return views.view(user);
    }

    @GetMapping("/export")
    @Operation(operationId = "exportProfile",
            summary = "Everything the profile module holds about the user, including every uploaded CV file")
    ProfileExport export(UserId user) {
        return new ProfileExport(views.view(user), skills.customNames(user),
                cvs.all(user, true).stream().map(cv -> ProfileEdits.exported(cv, json)).toList());
    }

    private static Set<String> changedFields(ProfileRow before, ProfileRow after) {
        Map<String, Function<ProfileRow, Object>> fields = new LinkedHashMap<>();
        fields.put("fullName", ProfileRow::fullName);
        fields.put("headline", ProfileRow::headline);
        fields.put("location", ProfileRow::location);
        fields.put("email", ProfileRow::email);
        fields.put("phone", ProfileRow::phone);
        fields.put("summary", ProfileRow::summary);
        fields.put("yearsExperience", r -> r.yearsExperience() == null ? null : r.yearsExperience().stripTrailingZeros());
        fields.put("seniority", ProfileRow::seniority);
        fields.put("languages", ProfileRow::languages);
        fields.put("links", ProfileRow::links);
        fields.put("experience", ProfileRow::experience);
        fields.put("education", ProfileRow::education);
        Set<String> changed = new TreeSet<>();
        fields.forEach((name, value) -> {
            if (!Objects.equals(value.apply(before), value.apply(after))) {
                changed.add(name);
            }
        });
        return changed;
    }

}
