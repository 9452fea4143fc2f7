package com.careeragent.matching.refresh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.careeragent.auth.UserId;
import com.careeragent.matching.Candidate;

/**
 * The profile as matching sees it. Reads the profile tables of the domain schema until the profile
 * module's {@code Profiles} facade is available.
 */
@Component
public class ProfileCandidates {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ProfileCandidates(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Candidate> find(UserId user) {
        List<Candidate.Skill> skills = jdbc.sql("SELECT name, level, years, evidence FROM user_skills WHERE user_id = ?"
                        + " ORDER BY created_at, name")
                .param(user.value())
                .query((rs, n) -> new Candidate.Skill(rs.getString("name"), rs.getString("level"),
                        decimal(rs.getBigDecimal("years")), rs.getString("evidence")))
                .list();
        return jdbc.sql("""
                        SELECT headline, location, years_experience, seniority, target_titles, preferred_locations,
                               remote_preference, salary_expectation, salary_currency, languages::text AS languages,
                               experience::text AS experience
                        FROM profiles WHERE user_id = ?""")
                .param(user.value())
                .query((rs, n) -> new Candidate(
                        List.of((String[]) rs.getArray("target_titles").getArray()), rs.getString("headline"),
                        titles(rs.getString("experience")), rs.getString("seniority"),
                        decimal(rs.getBigDecimal("years_experience")), skills, names(rs.getString("languages")),
                        rs.getString("location"), List.of((String[]) rs.getArray("preferred_locations").getArray()),
                        rs.getString("remote_preference"), (Integer) rs.getObject("salary_expectation"),
                        rs.getString("salary_currency")))
                .optional();
    }

    private List<String> titles(String experience) {
        List<String> titles = new ArrayList<>();
        for (JsonNode entry : json.readTree(experience)) {
            String title = entry.path("title").asString("");
            if (!title.isBlank()) {
                titles.add(title);
            }
        }
        return titles;
    }

    private List<String> names(String languages) {
        List<String> names = new ArrayList<>();
        for (JsonNode language : json.readTree(languages)) {
            String name = language.isString() ? language.asString()
                    : language.path("name").asString(language.path("language").asString(""));
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    private static Double decimal(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
