package com.careeragent.matching.tracking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import com.careeragent.jobs.JobSummary;
import com.careeragent.matching.scoring.FactorResult;

/** Request and response bodies of the matches API. */
final class MatchViews {

    private MatchViews() {
    }

    /** A ranked match: the job, the score, each factor with its evidence, the skill gaps and the tracking state. */
    @Schema(name = "Match")
    record Match(String id, JobSummary job, double score, List<FactorResult> factors, List<String> missingSkills,
            @Schema(allowableValues = {"new", "saved", "applied", "interviewing", "offer", "accepted", "rejected",
                    "withdrawn"}) String status,
            String notes, Instant nextActionAt, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "MatchPage")
    record Page(List<Match> items, long total, int page, int size) {
    }

    /** One status change; the first entry ({@code from} null) is when the match was found. */
    @Schema(name = "MatchStatusChange")
    record StatusChange(String from, String to, Instant changedAt) {
    }

    @Schema(name = "MatchHistory")
    record History(List<StatusChange> items) {
    }

    /**
     * A prose explanation of a match, written from its factor evidence.
     *
     * @param source {@code claude} or {@code offline}
     * @param cached whether it was written earlier for the same score and evidence
     * @param note   why it was written offline although a model is configured, if so
     */
    @Schema(name = "MatchAnalysis")
    record Analysis(String matchId, double score, String text,
            @Schema(allowableValues = {"claude", "offline"}) String source, String model, boolean cached,
            Instant createdAt, String note) {
    }

    /**
     * A change to a match. Fields left out stay as they are; {@code notes} and {@code nextActionAt} may be
     * set to null to clear them.
     */
    @Schema(name = "MatchUpdate")
    record Update(
            @Schema(allowableValues = {"new", "saved", "applied", "interviewing", "offer", "accepted", "rejected",
                    "withdrawn"}) String status,
            @Schema(maxLength = 10_000) String notes,
            @Schema(description = "ISO-8601 date-time or date") OffsetDateTime nextActionAt) {
    }
}
