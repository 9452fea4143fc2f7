package com.careeragent.support;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base for full-app tests: the real app on a random port, real PostgreSQL and real Redis.
 * Subclasses share one Spring context (and one database), so every test makes its own users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    static {
        TestInfrastructure.start();
    }

    @LocalServerPort
    protected int port;

    protected Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    protected static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** Registers a fresh user and returns a bearer token for them. */
    protected String signUp() {
        return signUp(uniqueEmail(), "Test User");
    }

    /** Signs in as {@link TestInfrastructure#ADMIN_EMAIL}, registering that account on first use. */
    protected String signInAsAdmin() {
        Http.Response created = http.post("/auth/register", null,
                Map.of("email", TestInfrastructure.ADMIN_EMAIL, "password", "correct horse battery", "fullName", "Admin"));
        assertThat(created.status()).as(created.text()).isIn(201, 409);
        return logIn(TestInfrastructure.ADMIN_EMAIL);
    }

    protected String signUp(String email, String fullName) {
        Http.Response created = http.post("/auth/register", null,
                Map.of("email", email, "password", "correct horse battery", "fullName", fullName));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return logIn(email);
    }

    private String logIn(String email) {
        Http.Response login = http.post("/auth/login", null,
                Map.of("email", email, "password", "correct horse battery"));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.json().get("accessToken").asString();
    }
}
