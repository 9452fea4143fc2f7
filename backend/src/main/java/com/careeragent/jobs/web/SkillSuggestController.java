package com.careeragent.jobs.web;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.careeragent.jobs.SkillSuggestion;
import com.careeragent.jobs.SkillAutocomplete;
import com.careeragent.shared.web.ApiProblem;

@RestController
@RequestMapping("/api/skills")
@Tag(name = "skills", description = "Skill taxonomy")
class SkillSuggestController {

    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private final SkillAutocomplete suggestions;
    private final CacheableResponses responses;

    SkillSuggestController(SkillAutocomplete suggestions, CacheableResponses responses) {
        this.suggestions = suggestions;
        this.responses = responses;
    }

    @Schema(name = "SkillSuggestions")
    record Suggestions(List<SkillSuggestion> items) {
    }

    @GetMapping("/suggest")
    @SecurityRequirements
    @Operation(operationId = "suggestSkills", summary = "Skill autocomplete, typo-tolerant, most asked-for first")
    ResponseEntity<Suggestions> suggest(
            @Parameter(description = "What the user typed (1-50 characters)") @RequestParam String q,
            @Parameter(description = "How many suggestions (1-50, default 10)")
            @RequestParam(defaultValue = "10") int limit) {
        String typed = q.strip();
        if (typed.isEmpty() || typed.length() > 50 || typed.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badRequest("q must be 1 to 50 characters of text.");
        }
        if (limit < 1 || limit > 50) {
            throw ApiProblem.badRequest("limit must be between 1 and 50.");
        }
        return responses.ok(new Suggestions(suggestions.suggest(typed, limit)), CACHING);
    }
}
