package com.careeragent.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import com.careeragent.support.ApiTest;
import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests a client library would refuse to send, written byte for byte: every answer is problem+json. */
class MalformedRequestsApiTest extends ApiTest {

    private record Raw(int status, String contentType, String body) {
    }

    @Test
    void requestsTomcatRefusesItselfAreAnsweredAsProblems() throws IOException {
        for (String target : new String[] {"/api/matches/%00", "/api/jobs/%zz", "/auth/%2e%2e/%00"}) {
            Raw raw = send("GET " + target + " HTTP/1.1");
            assertThat(raw.status()).as(target).isEqualTo(400);
            assertThat(raw.contentType()).as(target).startsWith("application/problem+json");
            assertThat(raw.body()).as(target).contains("\"status\":400").doesNotContain("Tomcat").doesNotContain("<html");
        }
    }

    @Test
    void bracketsAndBracesInAQueryStringReachTheApi() throws IOException {
        Raw raw = send("GET /api/jobs?skills[]=Java&q={x} HTTP/1.1");
        assertThat(raw.status()).as(raw.body()).isEqualTo(200);
        assertThat(raw.contentType()).startsWith("application/json");
    }

    @Test
    void blankOrOverlongQueryParametersAreValidationProblems() throws IOException {
        String auth = "Authorization: Bearer " + signUp();
        for (String target : new String[] {"/api/profile/skills/autocomplete?q=", "/api/profile/skills/autocomplete?q=%20",
                "/api/profile/skills/autocomplete?q=" + "a".repeat(61)}) {
            Raw raw = send("GET " + target + " HTTP/1.1", auth);
            assertThat(raw.status()).as(target + " " + raw.body()).isEqualTo(400);
            assertThat(raw.contentType()).startsWith("application/problem+json");
            assertThat(raw.body()).contains("\"field\":\"q\"");
        }
        Raw delete = send("DELETE /api/profile/skills?name=%20 HTTP/1.1", auth);
        assertThat(delete.status()).as(delete.body()).isEqualTo(400);
        assertThat(delete.body()).contains("\"field\":\"name\"");
    }

    /** PostgreSQL text cannot hold NUL: such a value must not get as far as a query (it was a 500). */
    @Test
    void aNulInAnyQueryParameterIsABadRequest() throws IOException {
        String auth = "Authorization: Bearer " + signUp();
        for (String target : new String[] {"/api/profile/skills/autocomplete?q=ja%00va", "/api/profile/skills?name=%00",
                "/api/jobs?location=%00", "/api/matches?status=new%00"}) {
            String method = target.startsWith("/api/profile/skills?") ? "DELETE " : "GET ";
            Raw raw = send(method + target + " HTTP/1.1", auth);
            assertThat(raw.status()).as(target + " " + raw.body()).isEqualTo(400);
            assertThat(raw.contentType()).startsWith("application/problem+json");
            assertThat(raw.body()).contains("NUL");
        }
    }

    @Test
    void aParameterThatIsNotUtf8IsABadRequest() throws IOException {
        String auth = "Authorization: Bearer " + signUp();
        for (String target : new String[] {"/api/jobs?page=%FF", "/api/matches?status=%FF", "/api/skills/suggest?q=%FF"}) {
            Raw raw = send("GET " + target + " HTTP/1.1", auth);
            assertThat(raw.status()).as(target + " " + raw.body()).isEqualTo(400);
            assertThat(raw.body()).contains("UTF-8");
        }
    }

    @Test
    void aNulInAJsonBodyIsABadRequestAndNothingIsStored() {
        String token = signUp();
        Http.Response profile = http.send(HttpMethod.PUT, "/api/profile", token, "{\"headline\":\"a\\u0000b\"}", h -> { });
        assertThat(profile.status()).as(profile.text()).isEqualTo(400);
        assertThat(profile.contentType()).isEqualTo("application/problem+json");
        assertThat(profile.json().get("detail").asString()).contains("NUL");
        Http.Response skill = http.post("/api/profile/skills", token, "{\"name\":\"Ja\\u0000va\"}");
        assertThat(skill.status()).as(skill.text()).isEqualTo(400);
        assertThat(http.get("/api/profile/skills", token).json()).isEmpty();
        Http.Response register = http.post("/auth/register", null,
                "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"long-enough-pass-123\",\"fullName\":\"a\\u0000\"}");
        assertThat(register.status()).as(register.text()).isEqualTo(400);
        // an escaped backslash followed by the letters u0000 is ordinary text
        Http.Response text = http.send(HttpMethod.PUT, "/api/profile", token, "{\"headline\":\"C:\\\\u0000\"}", h -> { });
        assertThat(text.status()).as(text.text()).isEqualTo(200);
    }

    private Raw send(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList()) + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String responseHead = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
            int status = Integer.parseInt(responseHead.substring(9, 12));
            String contentType = responseHead.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(13).strip()).findFirst().orElse("");
            return new Raw(status, contentType, response.substring(responseHead.length()));
        }
    }
}
