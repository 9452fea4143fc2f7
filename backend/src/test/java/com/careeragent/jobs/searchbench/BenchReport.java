package com.careeragent.jobs.searchbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Collects the benchmark's findings as Markdown (printed, and written next to the data directory). */
final class BenchReport {

    private final StringBuilder markdown = new StringBuilder();

    /** Adds a line (printed right away too, so a long run shows progress). */
    BenchReport line(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        markdown.append(line).append('\n');
        System.out.println("| report | " + line);
        return this;
    }

    BenchReport latencyTable(String title, Latencies latencies) {
        line("").line("### " + title).line("")
                .line("| query kind | n | p50 ms | p95 ms | p99 ms | max ms | mean ms |")
                .line("|---|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, Latencies.Summary> kind : latencies.byKind().entrySet()) {
            row(kind.getKey(), kind.getValue());
        }
        row("**overall**", latencies.overall());
        return this;
    }

    BenchReport slowest(String title, Latencies byPath, int count) {
        line("").line("### " + title).line("").line("| request | n | p50 ms | max ms |").line("|---|---:|---:|---:|");
        byPath.byKind().entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().p50(), a.getValue().p50()))
                .limit(count)
                .forEach(e -> line("| `%s` | %d | %.1f | %.1f |", e.getKey(), e.getValue().count(), e.getValue().p50(),
                        e.getValue().max()));
        return this;
    }

    private void row(String name, Latencies.Summary s) {
        line("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |", name, s.count(), s.p50(), s.p95(), s.p99(), s.max(),
                s.mean());
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.println("(report written to " + file + ")");
    }
}
