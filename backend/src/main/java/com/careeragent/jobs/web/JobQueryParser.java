package com.careeragent.jobs.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.careeragent.jobs.SourceName;
import com.careeragent.jobs.search.JobQuery;
import com.careeragent.jobs.search.JobSearchSettings;
import com.careeragent.jobs.search.JobSort;
import com.careeragent.shared.web.ApiProblem;

/** Checks the search parameters at the edge: anything out of range is a 400 problem, never a 500. */
@Component
class JobQueryParser {

    static final int MAX_QUERY_LENGTH = 300;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z_ -]{0,39}");

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final JobSearchSettings settings;

    JobQueryParser(JobSearchSettings settings) {
        this.settings = settings;
    }

    JobQuery parse(JobSearchParams params) {
        String text = text("q", params.q(), MAX_QUERY_LENGTH);
        int page = params.page() == null ? 0 : params.page();
        int size = params.size() == null ? 20 : params.size();
        if (page < 0) {
            throw ApiProblem.badRequest("page must be 0 or more.");
        }
        if (size < 1 || size > 100) {
            throw ApiProblem.badRequest("size must be between 1 and 100.");
        }
        if ((long) (page + 1) * size > settings.maxResultWindow()) {
            throw ApiProblem.badRequest("Only the first " + settings.maxResultWindow()
                    + " results can be paged through; narrow the search with more words or filters.");
        }
        JobSort sort = params.sort() == null ? (text == null ? JobSort.NEWEST : JobSort.RELEVANCE)
                : JobSort.parse(params.sort()).orElseThrow(() -> ApiProblem.badRequest(
                        "sort must be one of relevance, newest, salary."));
        Integer salaryMin = params.salaryMin();
        if (salaryMin != null && salaryMin < 0) {
            throw ApiProblem.badRequest("salaryMin must be 0 or more.");
        }
        return new JobQuery(text, sources(params.source()), skills(params.skills()), params.remote(),
                text("location", params.location(), 100), salaryMin, postedAfter(params.postedAfter()),
                categories("seniority", params.seniority()), categories("employmentType", params.employmentType()),
                Boolean.TRUE.equals(params.includeClosed()), !Boolean.FALSE.equals(params.collapse()), sort, page,
                size, Boolean.TRUE.equals(params.facets()));
    }

    private static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw ApiProblem.badRequest(name + " must be at most " + maxLength + " characters.");
        }
        if (CONTROL.matcher(trimmed).find()) {
            throw ApiProblem.badRequest(name + " must not contain control characters.");
        }
        return trimmed;
    }

    private static List<String> sources(List<String> values) {
        List<String> sources = values(values, 10, "source");
        for (String source : sources) {
            if (SourceName.parse(source).isEmpty()) {
                throw ApiProblem.badRequest("Unknown source '" + source + "'; known sources: "
                        + Arrays.stream(SourceName.values()).map(SourceName::id).collect(Collectors.joining(", "))
                        + ".");
            }
        }
        return sources;
    }

    private static List<String> skills(List<String> values) {
        List<String> skills = values == null ? List.of()
                : values.stream().map(v -> text("skills", v, 100)).filter(v -> v != null).distinct().toList();
        if (skills.size() > 20) {
            throw ApiProblem.badRequest("At most 20 skills can be required at once.");
        }
        return skills;
    }

    private static List<String> categories(String name, List<String> values) {
        List<String> categories = values(values, 10, name);
        for (String category : categories) {
            if (!CATEGORY.matcher(category).matches()) {
                throw ApiProblem.badRequest(name + " values are lowercase words such as 'senior' or 'full_time'.");
            }
        }
        return categories;
    }

    private static List<String> values(List<String> values, int max, String name) {
        List<String> cleaned = values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank())
                        .map(v -> v.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        if (cleaned.size() > max) {
            throw ApiProblem.badRequest("At most " + max + " values of " + name + " are allowed.");
        }
        return cleaned;
    }

    private static Instant postedAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        Instant instant;
        try {
            instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            instant = null;
        }
        if (instant == null || instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ApiProblem.badRequest("postedAfter must be an ISO date (2026-01-31) or date-time "
                    + "(2026-01-31T08:00:00Z) between the years 1970 and 9999.");
        }
        return instant;
    }
}
