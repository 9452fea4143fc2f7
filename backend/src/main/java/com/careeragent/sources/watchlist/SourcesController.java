package com.careeragent.sources.watchlist;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.careeragent.auth.Administrators;
import com.careeragent.auth.UserId;
import com.careeragent.jobs.SourceName;
import com.careeragent.shared.web.ApiProblem;
import com.careeragent.sources.SourceNames;
import com.careeragent.sources.connector.JobSource;
import com.careeragent.sources.run.RefreshRuns;
import com.careeragent.sources.run.RunReport;

@RestController
@Tag(name = "sources", description = "Job sources, refresh runs and scrape logs")
class SourcesController {

    private final List<JobSource> sources;
    private final Watchlist watchlist;
    private final BoardVerifier verifier;
    private final RefreshRuns runs;
    private final com.careeragent.sources.SourcesProperties properties;
    private final Administrators administrators;

    SourcesController(List<JobSource> sources, Watchlist watchlist, BoardVerifier verifier, RefreshRuns runs,
                      com.careeragent.sources.SourcesProperties properties, Administrators administrators) {
        this.sources = sources;
        this.watchlist = watchlist;
        this.verifier = verifier;
        this.runs = runs;
        this.properties = properties;
        this.administrators = administrators;
    }

    /**
     * @param wholeBoard    a complete fetch lists every open job, so jobs missing twice in a row are closed
     * @param boards        the watchlist size for board providers, else null
     * @param lastRun       this source's entry in the latest run that included it, or null
     */
    record SourceView(String name, String displayName, boolean enabled, URI url, String siteUrl, String termsUrl,
                      String attribution, String politeness, boolean wholeBoard, Integer boards,
                      RunReport.SourceReport lastRun) {
    }

    record SourceList(List<SourceView> items) {
    }

    record BoardRequest(@NotBlank String provider, @NotBlank String token) {
    }

    /** @param origin {@code config} (from CAREER_AGENT_SOURCES_*_BOARDS, cannot be removed here) or {@code user} */
    record BoardView(String provider, String token, String origin, Instant addedAt) {
    }

    record BoardList(List<BoardView> items) {
    }

    @GetMapping("/api/sources")
    @Operation(operationId = "listSources", summary = "Job sources with switch, terms, attribution and last run")
    SourceList list() {
        Map<String, RunReport.SourceReport> latest = runs.latestPerSource();
        List<SourceView> views = new ArrayList<>();
        for (SourceName name : SourceName.values()) {
            JobSource source = sources.stream().filter(s -> s.name() == name).findFirst().orElseThrow();
            SourceInfo info = SourceInfo.ALL.get(name);
            views.add(new SourceView(name.id(), info.displayName(), source.enabled(), baseUrl(name), info.siteUrl(),
                    info.termsUrl(), info.attribution(), info.politeness(), source.wholeBoard(),
                    name.boardProvider() ? watchlist.boards(name).size() : null, latest.get(name.id())));
        }
        return new SourceList(views);
    }

    @GetMapping("/api/sources/boards")
    @Operation(operationId = "listSourceBoards", summary = "The watchlist of Greenhouse, Lever and Ashby boards")
    BoardList boards() {
        List<BoardView> boards = new ArrayList<>();
        for (SourceName name : SourceName.values()) {
            if (name.boardProvider()) {
                watchlist.entries(name).forEach(b -> boards.add(view(b)));
            }
        }
        return new BoardList(boards);
    }

    @PostMapping("/api/sources/boards")
    @Operation(operationId = "addSourceBoard", summary = "Add a company board to the watchlist (checked against the provider)")
    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BoardView.class)))
    @ApiResponse(responseCode = "200", description = "Already on the watchlist",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BoardView.class)))
    @ApiResponse(responseCode = "403", description = "Only administrators may change the watchlist", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "422", description = "The provider does not know this board", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "502", description = "The provider could not be asked", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<BoardView> add(@Valid @RequestBody BoardRequest request, UserId user) {
        requireAdministrator(user);
        SourceName provider = provider(request.provider());
        String token = token(request.token());
        if (!watchlist.boards(provider).contains(token)) {
            verifier.verify(provider, token);
        }
        boolean added = watchlist.add(provider, token, user.value());
        BoardView board = watchlist.entries(provider).stream().filter(b -> b.token().equals(token))
                .findFirst().map(SourcesController::view).orElseThrow();
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).body(board);
    }

    @DeleteMapping("/api/sources/boards/{provider}/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeSourceBoard", summary = "Remove a board from the watchlist (its jobs stay)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "Only administrators may change the watchlist", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "The board comes from the configuration", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    void remove(@PathVariable String provider, @PathVariable String token, UserId user) {
        requireAdministrator(user);
        SourceName name = provider(provider);
        String normalized = token(token);
        if (watchlist.configured(name, normalized)) {
            throw ApiProblem.conflict("Board '" + normalized + "' comes from the configuration (CAREER_AGENT_SOURCES_"
                    + name.name() + (name == SourceName.LEVER ? "_SITES" : "_BOARDS") + "); remove it there.");
        }
        if (!watchlist.remove(name, normalized)) {
            throw ApiProblem.notFound("Board '" + normalized + "' is not on the " + name.id() + " watchlist.");
        }
    }

    /** The watchlist is shared by every user, so only administrators change it (see {@link Administrators}). */
    private void requireAdministrator(UserId user) {
        if (!administrators.includes(user)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "Forbidden", "Only administrators can change the watchlist; "
                    + "an operator lists them in CAREER_AGENT_ADMIN_EMAILS.");
        }
    }

    private static BoardView view(Watchlist.Board board) {
        return new BoardView(board.provider(), board.token(), board.origin(), board.addedAt());
    }

    private static SourceName provider(String name) {
        SourceName provider = SourceNames.parse(name);
        if (!provider.boardProvider()) {
            throw ApiProblem.badRequest("Boards exist for greenhouse, lever and ashby only, not " + name + ".");
        }
        return provider;
    }

    private static String token(String raw) {
        String token = Watchlist.normalizeToken(raw);
        if (!Watchlist.TOKEN.matcher(token).matches()) {
            throw ApiProblem.badRequest("A board token is 1–100 letters, digits, '.', '-' or '_' (got '" + raw + "').");
        }
        return token;
    }

    private URI baseUrl(SourceName name) {
        return switch (name) {
            case REMOTEOK -> properties.remoteok().url();
            case GREENHOUSE -> properties.greenhouse().url();
            case LEVER -> properties.lever().url();
            case ASHBY -> properties.ashby().url();
            case REMOTIVE -> properties.remotive().url();
            case ARBEITNOW -> properties.arbeitnow().url();
            case WWR -> properties.wwr().url();
        };
    }
}
