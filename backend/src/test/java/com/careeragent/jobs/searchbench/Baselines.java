package com.careeragent.jobs.searchbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the same text searches cost without this design, answering the same question (first page of 20
 * open jobs plus a total):
 * <ul>
 * <li>ILIKE: every word as {@code ILIKE '%word%'} over title, company and description (a scan);</li>
 * <li>naive full text: the GIN index, but every match counted and ranked with ts_rank before the LIMIT.</li>
 * </ul>
 */
final class Baselines {

    private final JdbcClient jdbc;

    Baselines(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    long ilike(String text) {
        List<String> words = words(text);
        StringBuilder where = new StringBuilder("status = 'open'");
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND (title ILIKE :w").append(i).append(" OR company ILIKE :w").append(i)
                    .append(" OR description_text ILIKE :w").append(i).append(')');
        }
        JdbcClient.StatementSpec page = jdbc.sql("SELECT id, title FROM jobs WHERE " + where
                + " ORDER BY posted_at DESC NULLS LAST, id DESC LIMIT 20");
        JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*) FROM jobs WHERE " + where);
        for (int i = 0; i < words.size(); i++) {
            page = page.param("w" + i, "%" + words.get(i) + "%");
            count = count.param("w" + i, "%" + words.get(i) + "%");
        }
        long started = System.nanoTime();
        page.query().listOfRows();
        count.query(Long.class).single();
        return System.nanoTime() - started;
    }

    long naiveFullText(String text) {
        long started = System.nanoTime();
        jdbc.sql("""
                SELECT id, title, count(*) OVER () AS total,
                       ts_rank(search_vector, websearch_to_tsquery('english', :q)) AS rank
                FROM jobs WHERE status = 'open' AND search_vector @@ websearch_to_tsquery('english', :q)
                ORDER BY rank DESC, posted_at DESC NULLS LAST, id DESC LIMIT 20""")
                .param("q", text)
                .query().listOfRows();
        return System.nanoTime() - started;
    }

    /** The exact number of open jobs (one per duplicate cluster) a text matches, to grade estimates. */
    long exactCollapsedCount(String text) {
        return jdbc.sql("""
                SELECT count(DISTINCT coalesce(cluster_id, -id)) FROM jobs
                WHERE status = 'open' AND search_vector @@ websearch_to_tsquery('english', :q)""")
                .param("q", text)
                .query(Long.class)
                .single();
    }

    /** The words of a web-search text as the ILIKE baseline would look for them (exclusions, "or" dropped). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.replace("\"", " ").split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.isBlank() && !lower.startsWith("-") && !lower.equals("or")) {
                words.add(lower);
            }
        }
        return words;
    }
}
