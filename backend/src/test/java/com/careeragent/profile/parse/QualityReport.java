package com.careeragent.profile.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the evaluation as Markdown: one row per CV, then per-field and overall micro-averages. */
final class QualityReport {

    private QualityReport() {
    }

    static String render(Map<String, Map<String, FieldScore>> perCv, List<String> fields, String misses) {
        StringBuilder md = new StringBuilder("| CV | ");
        fields.forEach(f -> md.append(f).append(" | "));
        md.append("F1 (all fields) |\n|---|");
        fields.forEach(f -> md.append("---|"));
        md.append("---|\n");
        perCv.forEach((cv, scores) -> {
            md.append("| ").append(cv).append(" | ");
            fields.forEach(f -> md.append(cell(scores.get(f))).append(" | "));
            md.append(fmt(scores.values().stream().reduce(FieldScore.ZERO, FieldScore::plus).f1())).append(" |\n");
        });
        md.append("\n| field | TP | FP | FN | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n");
        FieldScore overall = FieldScore.ZERO;
        for (String f : fields) {
            FieldScore total = perCv.values().stream().map(m -> m.get(f)).reduce(FieldScore.ZERO, FieldScore::plus);
            overall = overall.plus(total);
            md.append(row(f, total));
        }
        md.append(row("**overall**", overall));
        md.append("\nMisses:\n\n").append(misses);
        return md.toString();
    }

    private static String row(String name, FieldScore s) {
        return "| " + name + " | " + s.tp() + " | " + s.fp() + " | " + s.fn() + " | " + fmt(s.precision()) + " | "
                + fmt(s.recall()) + " | " + fmt(s.f1()) + " |\n";
    }

    private static String cell(FieldScore s) {
        return s.tp() + s.fp() + s.fn() == 0 ? "–" : fmt(s.f1());
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
