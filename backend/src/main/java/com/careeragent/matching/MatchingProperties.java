package com.careeragent.matching;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Matching settings ({@code career-agent.matching.*}).
 *
 * @param weights            relative weight of each factor; only their ratios matter
 * @param minScore           matches scoring below this are not stored or listed
 * @param relatedSkillCredit what a related skill (SQL for PostgreSQL) counts, against 1 for the skill itself
 * @param niceToHaveWeight   what a nice-to-have skill weighs, against 1 for a required one
 * @param maxStoredPerUser   at most this many new matches are stored per person (best first)
 * @param indexRebuildInterval how often the in-memory index of open jobs is reloaded in full (ingestion
 *                           events keep it fresh in between; the reload heals any drift)
 */
@Validated
@ConfigurationProperties("career-agent.matching")
public record MatchingProperties(
        @Valid @DefaultValue Weights weights,
        @DefaultValue("50") @DecimalMin("0") @DecimalMax("100") double minScore,
        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double relatedSkillCredit,
        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double niceToHaveWeight,
        @DefaultValue("500") @Min(1) int maxStoredPerUser,
        @DefaultValue("PT6H") Duration indexRebuildInterval) {

    /** The defaults, for programs and tests that run without Spring. */
    public static MatchingProperties defaults() {
        return new MatchingProperties(Weights.defaults(), 50, 0.5, 0.5, 500, Duration.ofHours(6));
    }

    /**
     * The defaults add up to 100, so each reads as a percentage: 80 for fit as a recruiter judges it (skills,
     * title, kind of work, seniority) and 20 for the person's circumstances (location, salary, recency).
     */
    public record Weights(
            @DefaultValue("35") @DecimalMin("0") double skills,
            @DefaultValue("15") @DecimalMin("0") double title,
            @DefaultValue("20") @DecimalMin("0") double role,
            @DefaultValue("10") @DecimalMin("0") double seniority,
            @DefaultValue("10") @DecimalMin("0") double location,
            @DefaultValue("5") @DecimalMin("0") double salary,
            @DefaultValue("5") @DecimalMin("0") double recency) {

        public static Weights defaults() {
            return new Weights(35, 15, 20, 10, 10, 5, 5);
        }
    }
}
