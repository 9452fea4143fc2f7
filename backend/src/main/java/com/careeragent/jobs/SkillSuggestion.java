package com.careeragent.jobs;

import io.swagger.v3.oas.annotations.media.Schema;

/** A skill offered while typing; {@code openJobs} is its market frequency (open jobs asking for it). */
@Schema(name = "SkillSuggestion")
public record SkillSuggestion(
        @Schema(description = "Canonical skill name") String name,
        @Schema(description = "Taxonomy category; null for a skill only seen in jobs") String category,
        long openJobs) {
}
