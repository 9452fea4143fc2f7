package com.careeragent.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Collects the benchmark's findings as Markdown (printed, and written next to the data directory). */
final class BenchReport {

    private final StringBuilder markdown = new StringBuilder();

    BenchReport line(String format, Object... args) {
        markdown.append(args.length == 0 ? format : String.format(format, args)).append('\n');
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

    private void row(String name, Latencies.Summary s) {
        line("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |", name, s.count(), s.p50(), s.p95(), s.p99(), s.max(),
                s.mean());
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.println();
        System.out.println(markdown);
        System.out.println("(written to " + file + ")");
    }
}
