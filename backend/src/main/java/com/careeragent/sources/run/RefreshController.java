package com.careeragent.sources.run;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.careeragent.auth.UserId;
import com.careeragent.shared.web.ApiProblem;
import com.careeragent.sources.SourceNames;

@RestController
@Tag(name = "sources", description = "Job sources, refresh runs and scrape logs")
class RefreshController {

    private final RefreshRuns runs;
    private final RunStore store;

    RefreshController(RefreshRuns runs, RunStore store) {
        this.runs = runs;
        this.store = store;
    }

    /** @param sources lowercase source names; all sources when absent or empty */
    record RefreshRequest(List<String> sources) {
    }

    /** {@code reused} is true when a run was already in progress and is returned instead of a new one. */
    record RefreshStarted(UUID runId, boolean reused) {
    }

    record RunList(List<RunReport> items) {
    }

    @PostMapping("/api/jobs/refresh")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "refreshJobs", summary = "Start a refresh run (or get the one in progress)")
    RefreshStarted refresh(@RequestBody(required = false) RefreshRequest request, UserId user) {
        List<String> names = request == null || request.sources() == null ? List.of() : request.sources();
        RefreshRuns.Started started = runs.start(SourceNames.parseAll(names), user.value());
        return new RefreshStarted(started.runId(), started.reused());
    }

    @GetMapping("/api/jobs/refresh/{runId}")
    @Operation(operationId = "getRefreshRun", summary = "Progress and per-source counts of a refresh run")
    RunReport run(@PathVariable String runId) {
        runs.recoverAbandoned();
        return parse(runId).flatMap(store::report)
                .orElseThrow(() -> ApiProblem.notFound("No refresh run " + runId + "."));
    }

    @GetMapping("/api/scrape-logs")
    @Operation(operationId = "listScrapeLogs", summary = "Past refresh runs with per-source logs, newest first")
    RunList logs(@Parameter(description = "how many runs (1–100)") @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 100) {
            throw ApiProblem.badRequest("limit must be between 1 and 100.");
        }
        runs.recoverAbandoned();
        return new RunList(store.recent(limit));
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
