package com.careeragent.jobs.searchbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The data set and machine the numbers were measured on, for the report. */
final class DataSetFacts {

    private DataSetFacts() {
    }

    static void describe(DataSource dataSource, DataSetLoader.DataSet set, boolean reused, double loadSeconds,
            BenchReport report) throws IOException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Map<String, Object> facts = jdbc.sql("""
                SELECT count(*) AS rows,
                       count(*) FILTER (WHERE status = 'open') AS open,
                       count(DISTINCT cluster_id) AS clusters,
                       count(*) FILTER (WHERE cluster_id IS NOT NULL) AS clustered,
                       round(100.0 * count(*) FILTER (WHERE salary_min IS NOT NULL OR salary_max IS NOT NULL) / count(*), 1) AS salaried,
                       round(100.0 * count(*) FILTER (WHERE remote) / count(*), 1) AS remote,
                       round(avg(cardinality(skills)), 1) AS skills,
                       (SELECT round(avg(length(description_text))) FROM jobs TABLESAMPLE SYSTEM (1)) AS text_chars
                FROM jobs""").query().singleRow();
        Map<String, Object> sizes = jdbc.sql("""
                SELECT pg_size_pretty(pg_relation_size('jobs')) AS heap,
                       pg_size_pretty(pg_total_relation_size('jobs') - pg_relation_size('jobs')
                                      - pg_indexes_size('jobs')) AS toast,
                       pg_size_pretty(pg_relation_size('jobs_search_idx')) AS gin,
                       pg_size_pretty(pg_indexes_size('jobs')) AS indexes,
                       current_setting('server_version') AS version,
                       current_setting('shared_buffers') AS shared_buffers,
                       current_setting('work_mem') AS work_mem""").query().singleRow();
        report.line("## Search benchmark run").line("")
                .line("- machine: %s, %d cores, %s RAM; load average at start: %s", cpuModel(),
                        Runtime.getRuntime().availableProcessors(), memory(), loadAverage())
                .line("- PostgreSQL %s embedded (zonky), shared_buffers %s, work_mem %s, fsync off",
                        sizes.get("version"), sizes.get("shared_buffers"), sizes.get("work_mem"))
                .line("- data set: %,d jobs (%,d open), seed %d, generated %s; %s",
                        facts.get("rows"), facts.get("open"), set.seed(), set.generatedAt(),
                        reused ? "reused from an earlier run" : String.format("generated and loaded in %.0f s", loadSeconds))
                .line("- %,d duplicate clusters holding %,d jobs; %s%% state a salary; %s%% remote; "
                                + "descriptions average %s characters; %s skills per job",
                        facts.get("clusters"), facts.get("clustered"), facts.get("salaried"), facts.get("remote"),
                        facts.get("text_chars"), facts.get("skills"))
                .line("- heap %s, TOAST %s, all indexes %s (GIN on search_vector %s)", sizes.get("heap"),
                        sizes.get("toast"), sizes.get("indexes"), sizes.get("gin"));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst().orElse("unknown CPU");
    }

    private static String memory() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GB")
                .findFirst().orElse("?");
    }
}
