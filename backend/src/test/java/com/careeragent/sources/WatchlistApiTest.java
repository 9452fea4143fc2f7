package com.careeragent.sources;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** The board watchlist and the Sources page data. */
class WatchlistApiTest extends SourcesApiTest {

    @Test
    void anAdministratorChecksAddsListsAndRemovesBoards() {
        String token = signInAsAdmin();
        assertThat(http.get("/api/sources/boards", null).status()).isEqualTo(401);
        sites.script(greenhouse("acme"), FakeJobSites.Reply.json("{\"jobs\":[],\"meta\":{\"total\":0}}"));

        Http.Response added = http.post("/api/sources/boards", token, Map.of("provider", "greenhouse", "token", " Acme "));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("token").asString()).isEqualTo("acme");
        assertThat(added.json().get("origin").asString()).isEqualTo("user");
        assertThat(http.post("/api/sources/boards", token, Map.of("provider", "greenhouse", "token", "acme")).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM source_boards WHERE provider = 'greenhouse' AND token = 'acme'")
                .query(Integer.class).single()).isEqualTo(1);

        JsonNode boards = http.get("/api/sources/boards", token).json().get("items");
        assertThat(boards).hasSize(1);
        assertThat(boards.get(0).get("provider").asString()).isEqualTo("greenhouse");

        assertThat(http.send(HttpMethod.DELETE, "/api/sources/boards/greenhouse/acme", token, null, h -> { }).status())
                .isEqualTo(204);
        assertThat(http.send(HttpMethod.DELETE, "/api/sources/boards/greenhouse/acme", token, null, h -> { }).status())
                .isEqualTo(404);
    }

    @Test
    void otherUsersSeeTheWatchlistButMayNotChangeIt() {
        watch("greenhouse", "acme");
        String token = signUp();
        sites.script(greenhouse("globex"), FakeJobSites.Reply.json("{\"jobs\":[],\"meta\":{\"total\":0}}"));

        Http.Response add = http.post("/api/sources/boards", token, Map.of("provider", "greenhouse", "token", "globex"));
        assertForbidden(add);
        Http.Response remove = http.send(HttpMethod.DELETE, "/api/sources/boards/greenhouse/acme", token, null, h -> { });
        assertForbidden(remove);

        assertThat(jdbc.sql("SELECT token FROM source_boards").query(String.class).list()).containsExactly("acme");
        assertThat(sites.requests(greenhouse("globex"))).as("no board check for a refused request").isZero();
        JsonNode boards = http.get("/api/sources/boards", token).json().get("items");
        assertThat(boards).hasSize(1);
        assertThat(boards.get(0).get("token").asString()).isEqualTo("acme");
    }

    @Test
    void unknownBoardsAndBadInputAreRejected() {
        String token = signInAsAdmin();
        Http.Response unknown = http.post("/api/sources/boards", token, Map.of("provider", "lever", "token", "nosuchco"));
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(422);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("nosuchco");

        assertThat(http.post("/api/sources/boards", token, Map.of("provider", "ashby", "token", "bad token!")).status())
                .isEqualTo(400);
        assertThat(http.post("/api/sources/boards", token, Map.of("provider", "remoteok", "token", "x")).status())
                .isEqualTo(400);
        assertThat(http.post("/api/sources/boards", token, Map.of("provider", "monster", "token", "x")).status())
                .isEqualTo(400);
        assertThat(http.post("/api/sources/boards", token, Map.of("provider", "ashby")).status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM source_boards").query(Integer.class).single()).isZero();
    }

    @Test
    void sourcesListTheirSwitchTermsAndLastRun() {
        String token = signUp();
        sites.script(REMOTEOK, FakeJobSites.Reply.json(SharedFixtures.resource("small-remoteok.json")));
        refreshAs(token, "remoteok");

        JsonNode sources = http.get("/api/sources", token).json().get("items");
        assertThat(sources).hasSize(7);
        JsonNode remoteOk = sources.get(0);
        assertThat(remoteOk.get("name").asString()).isEqualTo("remoteok");
        assertThat(remoteOk.get("enabled").asBoolean()).isTrue();
        assertThat(remoteOk.get("wholeBoard").asBoolean()).isTrue();
        assertThat(remoteOk.get("termsUrl").asString()).isEqualTo("https://remoteok.com/api");
        assertThat(remoteOk.get("lastRun").get("created").asInt()).isEqualTo(3);
        JsonNode remotive = sources.get(4);
        assertThat(remotive.get("politeness").asString()).isEqualTo("at most 4 fetches a day");
        assertThat(remotive.get("lastRun").isNull()).isTrue();
        assertThat(sources.get(1).get("boards").asInt()).isZero();
        assertThat(sources.get(6).get("attribution").asString()).contains("terms forbid");
    }

    private static void assertForbidden(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(403);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString())
                .isEqualTo("Only administrators can change the watchlist; an operator lists them in CAREER_AGENT_ADMIN_EMAILS.");
    }
}
