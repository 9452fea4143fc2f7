package com.careeragent.profile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;

import com.careeragent.auth.UserId;
import com.careeragent.support.ApiTest;
import com.careeragent.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Upload, review, correction, skills and export through the real app (offline parser: no key configured). */
@Import(ProfileApiTest.Events.class)
class ProfileApiTest extends ApiTest {

    @TestConfiguration
    static class Events {
        final List<ProfileUpdated> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(ProfileUpdated event) {
            seen.add(event);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Events events;

    @Autowired
    Profiles profiles;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private CvUploadClient uploads;

    @BeforeEach
    void uploads() {
        uploads = new CvUploadClient(port);
    }

    static byte[] adaCv() throws IOException {
        return new ClassPathResource("cv/ada-lovelace.txt").getContentAsByteArray();
    }

    @Test
    void anUploadFillsTheProfileAndSaysWhichParserReadIt() throws IOException {
        String token = signUp();

        Http.Response response = uploads.upload(token, CvUploadClient.randomIp(), "../../ada.txt", adaCv());

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("parser").asString()).isEqualTo("offline");
        assertThat(body.get("cv").get("filename").asString()).isEqualTo("ada.txt");
        assertThat(body.get("cv").get("mediaType").asString()).isEqualTo("text/plain");
        assertThat(body.get("parsed").get("name").asString()).isEqualTo("Ada Lovelace");
        JsonNode profile = http.get("/api/profile", token).json();
        assertThat(profile.get("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(profile.get("email").asString()).isEqualTo("ada.lovelace@example.org");
        assertThat(profile.get("phone").asString()).isEqualTo("+44 20 7946 0958");
        assertThat(profile.get("experience").get(0).get("employer").asString()).isEqualTo("Babbage Engines Ltd");
        assertThat(profile.get("experience").get(0).get("current").asBoolean()).isTrue();
        assertThat(profile.get("education").get(0).get("institution").asString()).isEqualTo("University of London");
        assertThat(names(profile.get("skills"))).contains("Java", "Kubernetes", "PostgreSQL", "Punch Card Design");
        assertThat(profile.get("languages").toString()).contains("English", "French");
        UserId user = userOf(token);
        assertThat(events.seen).contains(new ProfileUpdated(user));
        ProfileSnapshot snapshot = profiles.find(user).orElseThrow();
        assertThat(snapshot.currentTitle()).isEqualTo("Senior Software Engineer");
        assertThat(snapshot.yearsExperience()).isEqualByComparingTo("8");
        assertThat(profiles.cvText(user).orElseThrow().text()).contains("Babbage Engines");
    }

    @Test
    void handCorrectionsSurviveTheNextUpload() throws IOException {
        String token = signUp();
        uploads.upload(token, CvUploadClient.randomIp(), "ada.txt", adaCv());
        JsonNode profile = http.get("/api/profile", token).json();
        Map<String, Object> edited = JSON.convertValue(profile, Map.class);
        edited.put("headline", "Principal Engineer");
        edited.put("targetTitles", List.of("Staff Engineer"));
        edited.put("remotePreference", "remote");
        edited.put("salaryExpectation", 120000);
        edited.put("salaryCurrency", "GBP");

        Http.Response put = http.send(HttpMethod.PUT, "/api/profile", token, edited, h -> { });
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.json().get("editedFields").toString()).contains("headline").doesNotContain("fullName");

        uploads.upload(token, CvUploadClient.randomIp(), "ada.txt", adaCv());
        JsonNode after = http.get("/api/profile", token).json();
        assertThat(after.get("headline").asString()).isEqualTo("Principal Engineer");
        assertThat(after.get("targetTitles").get(0).asString()).isEqualTo("Staff Engineer");
        assertThat(after.get("fullName").asString()).isEqualTo("Ada Lovelace");
    }

    @Test
    void invalidProfileValuesAreRefusedWithTheFieldNamed() {
        Http.Response put = http.send(HttpMethod.PUT, "/api/profile", signUp(),
                Map.of("salaryCurrency", "euro", "remotePreference", "sometimes"), h -> { });

        assertThat(put.status()).isEqualTo(400);
        assertThat(put.contentType()).isEqualTo("application/problem+json");
        assertThat(put.text()).contains("salaryCurrency", "remotePreference");
    }

    @Test
    void skillsCanBeAddedByAliasOrAsCustomAndAreSuggestedBack() {
        String token = signUp();
        // market frequency: two open jobs ask for Kubernetes, Kubeflow only appears in a closed one
        for (String[] job : new String[][] {{"Kubernetes", "open"}, {"Kubernetes", "open"}, {"Kubeflow", "closed"}}) {
            jdbc.sql("INSERT INTO jobs (source, source_id, title, company, content_hash, skills, status) "
                    + "VALUES ('test', gen_random_uuid()::text, 'Platform Engineer', 'Acme', 'h', ARRAY[?], ?)")
                    .params(job[0], job[1]).update();
        }
        // the app recounts skill frequencies in the background after ingestion; these rows bypassed it
        jdbc.sql("REFRESH MATERIALIZED VIEW job_skill_frequencies").update();

        Http.Response known = http.post("/api/profile/skills", token, Map.of("name", "k8s", "level", "advanced", "years", 3));
        Http.Response custom = http.post("/api/profile/skills", token, Map.of("name", "Quantum Basket Weaving"));

        assertThat(known.status()).as(known.text()).isEqualTo(201);
        assertThat(known.json().get("name").asString()).isEqualTo("Kubernetes");
        assertThat(known.json().get("custom").asBoolean()).isFalse();
        assertThat(custom.json().get("custom").asBoolean()).isTrue();
        assertThat(names(http.get("/api/profile/skills", token).json())).containsExactly("Kubernetes", "Quantum Basket Weaving");
        assertThat(names(http.get("/api/profile/skills/autocomplete?q=quant", token).json())).contains("Quantum Basket Weaving");
        JsonNode kube = http.get("/api/profile/skills/autocomplete?q=kube", token).json();
        assertThat(kube.get(0).get("name").asString()).isEqualTo("Kubernetes");
        assertThat(kube.get(0).get("openJobs").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(names(http.get("/api/profile/skills/autocomplete?q=quant", signUp()).json()))
                .doesNotContain("Quantum Basket Weaving");
        // a new skill typed in full is not buried under near-misses ("Forecasting", "Robotics")
        assertThat(names(http.get("/api/profile/skills/autocomplete?q=quilting%20for%20robots", token).json())).isEmpty();

        assertThat(http.send(HttpMethod.DELETE, "/api/profile/skills?name=kubernetes", token, null, h -> { }).status())
                .isEqualTo(204);
        assertThat(http.send(HttpMethod.DELETE, "/api/profile/skills?name=kubernetes", token, null, h -> { }).status())
                .isEqualTo(404);
        assertThat(http.post("/api/profile/skills", token, Map.of("name", " ")).status()).isEqualTo(400);
    }

    @Test
    void exportHoldsTheProfileSkillsAndEveryCvFile() throws IOException {
        String token = signUp();
        uploads.upload(token, CvUploadClient.randomIp(), "ada.txt", adaCv());

        JsonNode export = http.get("/api/profile/export", token).json();

        assertThat(export.get("profile").get("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(export.get("customSkills").toString()).isEqualTo("[]");
        JsonNode cv = export.get("cvDocuments").get(0);
        assertThat(java.util.Base64.getDecoder().decode(cv.get("contentBase64").asString())).isEqualTo(adaCv());
        assertThat(cv.get("parsed").get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(http.get("/api/profile/cv", token).json().get("text").asString()).contains("Babbage");
    }

    @Test
    void aNewUserHasAnEmptyProfileAndNoCv() {
        String token = signUp();

        JsonNode profile = http.get("/api/profile", token).json();

        assertThat(profile.get("fullName").isNull()).isTrue();
        assertThat(profile.get("skills").size()).isZero();
        assertThat(profile.get("cv").isNull()).isTrue();
        assertThat(http.get("/api/profile/cv", token).status()).isEqualTo(404);
        assertThat(profiles.find(userOf(token))).isEmpty();
    }

    private UserId userOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return new UserId(java.util.UUID.fromString(JSON.readTree(payload).get("sub").asString()));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get("name").asString()));
        return names;
    }
}
