package com.careeragent.profile.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.careeragent.profile.extract.CvTextExtractor;
import com.careeragent.profile.extract.UploadLimits;
import com.careeragent.profile.parse.ParsedCv.Experience;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field-level precision, recall and F1 of the offline parser on the real CVs in ../shared/fixtures/cvs,
 * against the expectations written by hand in src/test/resources/cv-expectations. Writes the table to
 * target/cv-quality.md (copied into docs/QUALITY-cv.md).
 */
class CvParserEvaluationTest {

    static final List<String> FIELDS = List.of("name", "email", "phone", "titles", "employers", "dates", "skills");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OfflineCvParser parser = new OfflineCvParser(TestSkills.reader(),
            Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
    private final Function<String, String> skillKey = TestSkills::key;

    @Test
    void offlineParserOnTheRealCvs() throws IOException {
        Path cvs = Path.of(System.getProperty("career-agent.shared-fixtures", "../shared/fixtures"), "cvs");
        Assumptions.assumeTrue(Files.isDirectory(cvs), "skipped: the shared CV fixtures are not at " + cvs);
        Path expectations = Path.of("src/test/resources/cv-expectations");
        Map<String, Map<String, FieldScore>> perCv = new LinkedHashMap<>();
        StringBuilder misses = new StringBuilder();
        try (var files = Files.list(expectations)) {
            for (Path file : files.sorted().toList()) {
                JsonNode expected = JSON.readTree(file.toFile());
                Path cv = cvs.resolve(expected.get("file").asString());
                ParsedCv parsed = parser.parse(new CvTextExtractor(UploadLimits.DEFAULT).extract(Files.readAllBytes(cv)).text());
                Map<String, FieldScore> scores = new LinkedHashMap<>();
                for (String field : FIELDS) {
                    List<String> want = expectedValues(expected, field);
                    List<String> got = parsedValues(parsed, field);
                    scores.put(field, FieldScore.compare(want, got));
                    List<String> missing = new ArrayList<>(want);
                    got.forEach(missing::remove);
                    List<String> extra = new ArrayList<>(got);
                    want.forEach(extra::remove);
                    if (!missing.isEmpty() || !extra.isEmpty()) {
                        misses.append("- `").append(cv.getFileName()).append("` ").append(field)
                                .append(": missed ").append(missing).append(", wrong/extra ").append(extra).append('\n');
                    }
                }
                perCv.put(cv.getFileName().toString(), scores);
            }
        }
        String report = QualityReport.render(perCv, FIELDS, misses.toString());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/cv-quality.md"), report);
        System.out.println(report);
        FieldScore overall = perCv.values().stream().flatMap(m -> m.values().stream()).reduce(FieldScore.ZERO, FieldScore::plus);
        assertThat(overall.f1()).as("overall F1 of the offline parser").isGreaterThanOrEqualTo(0.9);
    }

    private List<String> expectedValues(JsonNode cv, String field) {
        return switch (field) {
            case "name", "email" -> single(text(cv.get(field)));
            case "phone" -> single(digits(text(cv.get("phone"))));
            case "titles" -> each(cv.get("experience"), e -> norm(text(e.get("title"))));
            case "employers" -> each(cv.get("experience"), e -> norm(text(e.get("employer"))));
            case "dates" -> each(cv.get("experience"), e -> e.get("start").isNull() && e.get("end").isNull() ? null
                    : text(e.get("start")) + ".." + text(e.get("end")));
            case "skills" -> distinct(each(cv.get("skills"), s -> skillKey.apply(s.asString())));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private List<String> parsedValues(ParsedCv cv, String field) {
        return switch (field) {
            case "name" -> single(cv.name());
            case "email" -> single(cv.email());
            case "phone" -> single(digits(cv.phone()));
            case "titles" -> cv.experience().stream().map(e -> norm(e.title())).filter(s -> s != null).toList();
            case "employers" -> cv.experience().stream().map(e -> norm(e.employer())).filter(s -> s != null).toList();
            case "dates" -> cv.experience().stream().map(CvParserEvaluationTest::dates).filter(s -> s != null).toList();
            case "skills" -> distinct(cv.skills().stream().map(s -> skillKey.apply(s.name())).toList());
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String dates(Experience e) {
        if (e.start() == null && e.end() == null && !e.current()) {
            return null;
        }
        return e.start() + ".." + (e.current() ? "present" : e.end());
    }

    private static List<String> each(JsonNode array, Function<JsonNode, String> value) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> {
            String v = value.apply(n);
            if (v != null) {
                out.add(v);
            }
        });
        return out;
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value.toLowerCase(Locale.ROOT).strip());
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("\\D", "");
    }

    static String norm(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "").strip();
    }
}
