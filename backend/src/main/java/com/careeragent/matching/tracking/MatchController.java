package com.careeragent.matching.tracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import com.careeragent.auth.UserId;
import com.careeragent.matching.MatchingProperties;
import com.careeragent.shared.web.ApiProblem;

@RestController
@RequestMapping("/api/matches")
@Tag(name = "matches", description = "Ranked, explained job matches and the application pipeline")
class MatchController {

    private final MatchBoard board;
    private final MatchAnalyst analyst;
    private final MatchingProperties properties;

    MatchController(MatchBoard board, MatchAnalyst analyst, MatchingProperties properties) {
        this.board = board;
        this.analyst = analyst;
        this.properties = properties;
    }

    @GetMapping
    @Operation(operationId = "listMatches", summary = "The signed-in user's matches, best first")
    MatchViews.Page list(UserId user,
            @Parameter(description = "Lowest score to list (default 50)") @RequestParam(required = false)
            @DecimalMin("0") @DecimalMax("100") Double minScore,
            @Parameter(description = "Only matches with this status") @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return board.page(user, minScore == null ? properties.minScore() : minScore, status(status), page, size);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(operationId = "exportMatches", summary = "The signed-in user's pipeline as CSV")
    ResponseEntity<String> export(UserId user,
            @Parameter(description = "Only matches with this status") @RequestParam(required = false) String status) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("matches.csv").build()
                        .toString())
                .body(MatchCsv.of(board.all(user, status(status))));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMatch", summary = "One match with its factors and evidence")
    MatchViews.Match get(UserId user, @PathVariable String id) {
        return board.get(user, id);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "updateMatch", summary = "Move a match along the pipeline, set notes or the next action")
    @ApiResponse(responseCode = "200", description = "The match after the change", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = MatchViews.Match.class)))
    @ApiResponse(responseCode = "409", description = "The status can't move that way (e.g. back from applied to saved)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    MatchViews.Match update(UserId user, @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = MatchViews.Update.class)))
            @RequestBody JsonNode body) {
        return board.update(user, id, MatchUpdate.from(body));
    }

    @PostMapping("/{id}/analysis")
    @Operation(operationId = "analyseMatch",
            summary = "Explain a match in prose from its evidence (Claude when configured, else offline; cached)")
    @ApiResponse(responseCode = "200", description = "The analysis", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = MatchViews.Analysis.class)))
    @ApiResponse(responseCode = "429", description = "Too many model-written analyses this hour",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    MatchViews.Analysis analyse(UserId user, @PathVariable String id) {
        return analyst.analyse(user, id);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "getMatchHistory", summary = "Status changes of a match, oldest first")
    MatchViews.History history(UserId user, @PathVariable String id) {
        return board.history(user, id);
    }

    private static MatchStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return MatchStatus.parse(status).orElseThrow(() -> ApiProblem.badRequest("Unknown status '" + status
                + "'; use one of new, saved, applied, interviewing, offer, accepted, rejected, withdrawn."));
    }
}
