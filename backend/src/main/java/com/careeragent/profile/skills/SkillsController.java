package com.careeragent.profile.skills;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.careeragent.auth.UserId;
import com.careeragent.profile.ProfileUpdated;
import com.careeragent.shared.web.ApiProblem;
import com.careeragent.skills.SkillTaxonomy;

@RestController
@Validated
@RequestMapping("/api/profile/skills")
@Tag(name = "profile", description = "The user's profile, CV and skills")
class SkillsController {

    /** A skill to add or change; an unknown name becomes the user's custom skill. */
    record SkillRequest(
            @NotBlank @Size(max = 60) String name,
            @Pattern(regexp = "beginner|intermediate|advanced|expert") String level,
            @DecimalMin("0") @DecimalMax("60") BigDecimal years) {
    }

    private final UserSkills skills;
    private final SkillSuggestions suggestions;
    private final SkillTaxonomy taxonomy;
    private final ApplicationEventPublisher events;

    SkillsController(UserSkills skills, SkillSuggestions suggestions, SkillTaxonomy taxonomy,
            ApplicationEventPublisher events) {
        this.skills = skills;
        this.suggestions = suggestions;
        this.taxonomy = taxonomy;
        this.events = events;
    }

    @GetMapping
    @Operation(operationId = "listProfileSkills", summary = "The skills on the user's profile")
    List<UserSkill> list(UserId user) {
        return skills.list(user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "saveProfileSkill",
            summary = "Add a skill or change its level and years (unknown names become custom skills)")
    UserSkill save(UserId user, @Valid @RequestBody SkillRequest request) {
        String written = request.name().strip().replaceAll("\\s+", " ");
        String canonical = taxonomy.canonical(written).orElse(null);
        String name = canonical != null ? canonical
                : skills.customNames(user).stream().filter(c -> c.equalsIgnoreCase(written)).findFirst().orElse(written);
        skills.saveManual(user, name, request.level(), request.years(), canonical == null);
        events.publishEvent(new ProfileUpdated(user));
        return skills.find(user, name).orElseThrow();
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProfileSkill", summary = "Remove a skill from the profile")
    void delete(UserId user, @RequestParam @NotBlank @Size(max = 60) String name) {
        if (!skills.delete(user, name)) {
            throw ApiProblem.notFound("The profile has no skill named '" + name + "'.");
        }
        events.publishEvent(new ProfileUpdated(user));
    }

    @GetMapping("/autocomplete")
    @Operation(operationId = "autocompleteSkills",
            summary = "Skill suggestions for a prefix, most asked-for by open jobs first, with the user's custom skills")
    List<SkillSuggestions.Suggestion> autocomplete(UserId user, @RequestParam @NotBlank @Size(max = 60) String q,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return suggestions.suggest(user, q, limit);
    }
}
