package com.careeragent.sources.watchlist;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.careeragent.jobs.SourceName;
import com.careeragent.shared.web.ApiProblem;
import com.careeragent.sources.connector.JobSource;
import com.careeragent.sources.http.Deadline;
import com.careeragent.sources.http.FetchFailure;

/** Before a board joins the watchlist, one fetch proves it exists: an unknown board is a 422, not a silent dud. */
@Component
class BoardVerifier {

    private static final Duration BUDGET = Duration.ofSeconds(30);

    private final List<JobSource> sources;

    BoardVerifier(List<JobSource> sources) {
        this.sources = sources;
    }

    void verify(SourceName provider, String token) {
        JobSource source = sources.stream().filter(s -> s.name() == provider).findFirst().orElseThrow();
        try {
            source.fetch(token, Deadline.after(BUDGET));
        } catch (FetchFailure e) {
            if (e.status() == 404 || e.status() == 410 || (e.status() == 0 && e.getMessage().startsWith("expected"))) {
                throw ApiProblem.unprocessable("Unknown " + provider.id() + " board '" + token + "': " + e.getMessage());
            }
            throw ApiProblem.of(HttpStatus.BAD_GATEWAY, "Board check failed",
                    "Could not check " + provider.id() + " board '" + token + "': " + e.getMessage());
        }
    }
}
