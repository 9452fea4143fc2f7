package com.careeragent.matching.tracking;

import java.util.List;

import com.careeragent.jobs.JobSummary;

/**
 * The pipeline as CSV (RFC 4180): fields with commas, quotes or line breaks are quoted, quotes doubled.
 * Cells that a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe.
 */
final class MatchCsv {

    private static final List<String> HEADER = List.of("match_id", "status", "score", "title", "company", "location",
            "remote", "job_url", "apply_url", "missing_skills", "notes", "next_action_at", "found_at", "updated_at");

    private MatchCsv() {
    }

    static String of(List<MatchViews.Match> matches) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (MatchViews.Match m : matches) {
            JobSummary job = m.job();
            line(csv, List.of(m.id(), m.status(), String.valueOf(m.score()), job == null ? "" : job.title(),
                    job == null ? "" : job.company(), job == null ? "" : text(job.location()),
                    job == null ? "" : String.valueOf(job.remote()), job == null ? "" : text(job.url()),
                    job == null ? "" : text(job.applyUrl()), String.join("; ", m.missingSkills()), text(m.notes()),
                    m.nextActionAt() == null ? "" : m.nextActionAt().toString(), m.createdAt().toString(),
                    m.updatedAt().toString()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String escape(String field) {
        String value = field == null ? "" : field;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
