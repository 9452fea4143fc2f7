package com.careeragent.profile.details;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.careeragent.auth.UserId;
import com.careeragent.profile.parse.ParsedCv;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code profiles}. Values parsed from a CV never overwrite fields the user edited. */
@Component
public class ProfileStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProfileStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ProfileRow> find(UserId user) {
        return jdbc.sql("SELECT * FROM profiles WHERE user_id = ?").param(user.value()).query(this::row).optional();
    }

    /** Fills the profile from a parsed CV; each field listed in {@code edited_fields} keeps its value. */
    public void applyParsed(UserId user, ParsedCv cv) {
        jdbc.sql("""
                INSERT INTO profiles AS p (user_id, full_name, headline, location, email, phone, summary,
                    years_experience, seniority, languages, links, experience, education)
                VALUES (:user, :fullName, :headline, :location, :email, :phone, :summary, :years, :seniority,
                    :languages::jsonb, :links::jsonb, :experience::jsonb, :education::jsonb)
                ON CONFLICT (user_id) DO UPDATE SET
                    full_name = CASE WHEN 'fullName' = ANY(p.edited_fields) THEN p.full_name ELSE EXCLUDED.full_name END,
                    headline = CASE WHEN 'headline' = ANY(p.edited_fields) THEN p.headline ELSE EXCLUDED.headline END,
                    location = CASE WHEN 'location' = ANY(p.edited_fields) THEN p.location ELSE EXCLUDED.location END,
                    email = CASE WHEN 'email' = ANY(p.edited_fields) THEN p.email ELSE EXCLUDED.email END,
                    phone = CASE WHEN 'phone' = ANY(p.edited_fields) THEN p.phone ELSE EXCLUDED.phone END,
                    summary = CASE WHEN 'summary' = ANY(p.edited_fields) THEN p.summary ELSE EXCLUDED.summary END,
                    years_experience = CASE WHEN 'yearsExperience' = ANY(p.edited_fields) THEN p.years_experience
                        ELSE EXCLUDED.years_experience END,
                    seniority = CASE WHEN 'seniority' = ANY(p.edited_fields) THEN p.seniority ELSE EXCLUDED.seniority END,
                    languages = CASE WHEN 'languages' = ANY(p.edited_fields) THEN p.languages ELSE EXCLUDED.languages END,
                    links = CASE WHEN 'links' = ANY(p.edited_fields) THEN p.links ELSE EXCLUDED.links END,
                    experience = CASE WHEN 'experience' = ANY(p.edited_fields) THEN p.experience ELSE EXCLUDED.experience END,
                    education = CASE WHEN 'education' = ANY(p.edited_fields) THEN p.education ELSE EXCLUDED.education END,
                    updated_at = now()
                """)
                .param("user", user.value())
                .param("fullName", cv.name())
                .param("headline", cv.headline())
                .param("location", cv.location())
                .param("email", cv.email())
                .param("phone", cv.phone())
                .param("summary", cv.summary())
                .param("years", cv.yearsExperience() == null ? null : BigDecimal.valueOf(cv.yearsExperience()))
                .param("seniority", cv.seniority())
                .param("languages", json.writeValueAsString(cv.languages()))
                .param("links", json.writeValueAsString(cv.links()))
                .param("experience", json.writeValueAsString(cv.experience()))
                .param("education", json.writeValueAsString(cv.education()))
                .update();
    }

    /** Replaces every editable field and adds {@code edited} to the fields a new CV must not overwrite. */
    public void update(UserId user, ProfileRow values, Set<String> edited) {
        jdbc.sql("""
                INSERT INTO profiles AS p (user_id, full_name, headline, location, email, phone, summary,
                    years_experience, seniority, target_titles, preferred_locations, remote_preference,
                    salary_expectation, salary_currency, languages, links, experience, education, edited_fields)
                VALUES (:user, :fullName, :headline, :location, :email, :phone, :summary, :years, :seniority,
                    :targetTitles, :preferredLocations, :remote, :salary, :currency, :languages::jsonb, :links::jsonb,
                    :experience::jsonb, :education::jsonb, :edited)
                ON CONFLICT (user_id) DO UPDATE SET
                    full_name = EXCLUDED.full_name, headline = EXCLUDED.headline, location = EXCLUDED.location,
                    email = EXCLUDED.email, phone = EXCLUDED.phone, summary = EXCLUDED.summary,
                    years_experience = EXCLUDED.years_experience, seniority = EXCLUDED.seniority,
                    target_titles = EXCLUDED.target_titles, preferred_locations = EXCLUDED.preferred_locations,
                    remote_preference = EXCLUDED.remote_preference, salary_expectation = EXCLUDED.salary_expectation,
                    salary_currency = EXCLUDED.salary_currency, languages = EXCLUDED.languages, links = EXCLUDED.links,
                    experience = EXCLUDED.experience, education = EXCLUDED.education,
                    edited_fields = ARRAY(SELECT DISTINCT unnest(p.edited_fields || EXCLUDED.edited_fields) ORDER BY 1),
                    updated_at = now()
                """)
                .param("user", user.value())
                .param("fullName", values.fullName())
                .param("headline", values.headline())
                .param("location", values.location())
                .param("email", values.email())
                .param("phone", values.phone())
                .param("summary", values.summary())
                .param("years", values.yearsExperience())
                .param("seniority", values.seniority())
                .param("targetTitles", values.targetTitles().toArray(String[]::new))
                .param("preferredLocations", values.preferredLocations().toArray(String[]::new))
                .param("remote", values.remotePreference())
                .param("salary", values.salaryExpectation())
                .param("currency", values.salaryCurrency())
                .param("languages", json.writeValueAsString(values.languages()))
                .param("links", json.writeValueAsString(values.links()))
                .param("experience", json.writeValueAsString(values.experience()))
                .param("education", json.writeValueAsString(values.education()))
                .param("edited", edited.stream().sorted().toArray(String[]::new))
                .update();
    }

    private ProfileRow row(ResultSet rs, int n) throws SQLException {
        return new ProfileRow(
                rs.getString("full_name"), rs.getString("headline"), rs.getString("location"), rs.getString("email"),
                rs.getString("phone"), rs.getString("summary"), rs.getBigDecimal("years_experience"),
                rs.getString("seniority"), strings(rs.getArray("target_titles")),
                strings(rs.getArray("preferred_locations")), rs.getString("remote_preference"),
                (Integer) rs.getObject("salary_expectation"), rs.getString("salary_currency"),
                json.readValue(rs.getString("languages"), new TypeReference<List<ParsedCv.Language>>() { }),
                json.readValue(rs.getString("links"), new TypeReference<List<String>>() { }),
                json.readValue(rs.getString("experience"), new TypeReference<List<ParsedCv.Experience>>() { }),
                json.readValue(rs.getString("education"), new TypeReference<List<ParsedCv.Education>>() { }),
                strings(rs.getArray("edited_fields")),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
