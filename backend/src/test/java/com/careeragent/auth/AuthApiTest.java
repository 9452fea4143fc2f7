package com.careeragent.auth;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import com.careeragent.support.ApiTest;
import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

class AuthApiTest extends ApiTest {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void registerReturnsTheAccountWithoutThePassword() {
        String email = uniqueEmail();
        Http.Response response = http.post("/auth/register", null,
                Map.of("email", email, "password", PASSWORD, "fullName", "Ada Lovelace"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("email").asString()).isEqualTo(email);
        assertThat(response.json().get("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(response.json().get("id").asString()).hasSize(36);
        assertThat(response.text()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");
    }

    @Test
    void duplicateEmailIsAConflictEvenWithDifferentCase() {
        String email = uniqueEmail();
        http.post("/auth/register", null, Map.of("email", email, "password", PASSWORD, "fullName", "A"));

        Http.Response again = http.post("/auth/register", null,
                Map.of("email", email.toUpperCase(), "password", PASSWORD, "fullName", "B"));

        assertThat(again.status()).isEqualTo(409);
        assertProblem(again, 409);
        assertThat(again.json().get("detail").asString()).contains("already exists");
    }

    @Test
    void invalidRegistrationsAreBadRequestsNamingTheField() {
        assertValidation(Map.of("email", "not-an-email", "password", PASSWORD, "fullName", "A"), "email");
        assertValidation(Map.of("email", uniqueEmail(), "password", "short", "fullName", "A"), "password");
        assertValidation(Map.of("email", uniqueEmail(), "password", "x".repeat(129), "fullName", "A"), "password");
        assertValidation(Map.of("email", uniqueEmail(), "password", PASSWORD, "fullName", " "), "fullName");
    }

    @Test
    void passwordsOfExactly8And128CharactersAreAccepted() {
        assertThat(http.post("/auth/register", null,
                Map.of("email", uniqueEmail(), "password", "12345678", "fullName", "A")).status()).isEqualTo(201);
        assertThat(http.post("/auth/register", null,
                Map.of("email", uniqueEmail(), "password", "y".repeat(128), "fullName", "A")).status()).isEqualTo(201);
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Http.Response response = http.post("/auth/register", null, "{\"email\": ");
        assertProblem(response, 400);
        Http.Response wrongShape = http.post("/auth/login", null, "[1,2,3]");
        assertProblem(wrongShape, 400);
    }

    @Test
    void loginIssuesASevenDayBearerTokenThatOpensMe() {
        String email = uniqueEmail();
        http.post("/auth/register", null, Map.of("email", email, "password", PASSWORD, "fullName", "Grace Hopper"));

        Http.Response login = http.post("/auth/login", null, Map.of("email", email, "password", PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(login.json().get("expiresIn").asLong()).isEqualTo(7 * 24 * 3600);
        String token = login.json().get("accessToken").asString();
        Http.Response me = http.get("/auth/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("fullName").asString()).isEqualTo("Grace Hopper");
        assertThat(me.json().get("email").asString()).isEqualTo(email);
    }

    @Test
    void meTellsWhetherTheAccountMayChangeTheSharedWatchlist() {
        // the test contexts name one administrator in CAREER_AGENT_ADMIN_EMAILS (see TestInfrastructure)
        Http.Response user = http.get("/auth/me", signUp());
        assertThat(user.json().get("canManageWatchlist").asBoolean()).isFalse();

        Http.Response admin = http.get("/auth/me", signInAsAdmin());
        assertThat(admin.json().get("email").asString()).isEqualTo("watchlist.admin@example.com");
        assertThat(admin.json().get("canManageWatchlist").asBoolean()).isTrue();
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = uniqueEmail();
        http.post("/auth/register", null, Map.of("email", email, "password", PASSWORD, "fullName", "A"));

        Http.Response wrong = loginFrom("10.1.0.1", email, "wrong password!");
        Http.Response unknown = loginFrom("10.1.0.1", uniqueEmail(), PASSWORD);

        assertProblem(wrong, 401);
        assertProblem(unknown, 401);
        assertThat(wrong.json().get("detail")).isEqualTo(unknown.json().get("detail"));
        assertThat(wrong.json().get("title")).isEqualTo(unknown.json().get("title"));
    }

    @Test
    void tenFailuresForOneAccountLockItWith429AndRetryAfter() {
        String email = uniqueEmail();
        http.post("/auth/register", null, Map.of("email", email, "password", PASSWORD, "fullName", "A"));
        for (int i = 0; i < 10; i++) {
            // a different address each time: the account limit must trigger on its own
            assertThat(loginFrom("10.2.0." + i, email, "wrong password!").status()).isEqualTo(401);
        }

        Http.Response locked = loginFrom("10.2.1.1", email, PASSWORD);

        assertProblem(locked, 429);
        assertThat(Long.parseLong(locked.headers().getFirst("Retry-After"))).isBetween(1L, 15 * 60L);
    }

    @Test
    void tenFailuresFromOneAddressBlockThatAddressOnly() {
        for (int i = 0; i < 10; i++) {
            assertThat(loginFrom("10.3.0.1", uniqueEmail(), "wrong password!").status()).isEqualTo(401);
        }
        String email = uniqueEmail();
        http.post("/auth/register", null, Map.of("email", email, "password", PASSWORD, "fullName", "A"));

        assertProblem(loginFrom("10.3.0.1", email, PASSWORD), 429);
        assertThat(loginFrom("10.3.0.2", email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void successfulLoginsAndRegistrationsAreNotThrottled() {
        String email = uniqueEmail();
        http.post("/auth/register", null, Map.of("email", email, "password", PASSWORD, "fullName", "A"));
        for (int i = 0; i < 15; i++) {
            assertThat(loginFrom("10.4.0.1", email, PASSWORD).status()).isEqualTo(200);
        }
        for (int i = 0; i < 12; i++) {
            assertThat(http.post("/auth/register", null,
                    Map.of("email", uniqueEmail(), "password", PASSWORD, "fullName", "A")).status()).isEqualTo(201);
        }
    }

    @Test
    void meRejectsMissingForgedAndAlgNoneTokens() {
        assertProblem(http.get("/auth/me", null), 401);
        assertProblem(http.get("/auth/me", "not.a.token"), 401);
        String token = signUp();
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertProblem(http.get("/auth/me", tampered), 401);
        String unsigned = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
        assertProblem(http.get("/auth/me", unsigned), 401);
    }

    @Test
    void deletingTheAccountRemovesItAndInvalidatesTheToken() {
        String email = uniqueEmail();
        String token = signUp(email, "Temp");

        Http.Response deleted = http.send(HttpMethod.DELETE, "/auth/me", token, null, h -> { });

        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(http.get("/auth/me", token), 401);
        assertProblem(loginFrom("10.5.0.1", email, PASSWORD), 401);
        assertThat(http.post("/auth/register", null,
                Map.of("email", email, "password", PASSWORD, "fullName", "Again")).status()).isEqualTo(201);
    }

    private Http.Response loginFrom(String address, String email, String password) {
        return http.send(HttpMethod.POST, "/auth/login", null, Map.of("email", email, "password", password),
                h -> h.set("X-Forwarded-For", address));
    }

    private void assertValidation(Map<String, String> body, String field) {
        Http.Response response = http.post("/auth/register", null, body);
        assertProblem(response, 400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }

    static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
