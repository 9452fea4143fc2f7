package com.careeragent.jobs.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links postings that are the same job (on several boards, or reposted under a new id): same fingerprint
 * (company + title) and overlapping descriptions. A cluster's id is its lowest job id; a job without
 * duplicates has no cluster ({@code cluster_id IS NULL}). Clustering links rows, it never drops one.
 */
@Component
public class DuplicateClusters {

    /** Fingerprints shared by more than one row, plus the clusters the touched rows were in before. */
    private static final String AFFECTED = """
            SELECT j.id, j.fingerprint, j.cluster_id, j.description_text FROM jobs j
            WHERE j.fingerprint IN (
                    SELECT f.fingerprint FROM jobs t JOIN jobs f ON f.fingerprint = t.fingerprint
                    WHERE t.id = ANY(?) GROUP BY f.fingerprint HAVING count(*) > 1)
               OR j.cluster_id IN (SELECT t.cluster_id FROM jobs t WHERE t.id = ANY(?) AND t.cluster_id IS NOT NULL)
            ORDER BY j.id
            """;

    private static final String ASSIGN = """
            UPDATE jobs SET cluster_id = v.cluster_id
            FROM unnest(?::bigint[], ?::bigint[]) AS v(id, cluster_id)
            WHERE jobs.id = v.id AND jobs.cluster_id IS DISTINCT FROM v.cluster_id
            """;

    private final JdbcTemplate jdbc;

    DuplicateClusters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String fingerprint, Long clusterId, String text) {
    }

    /** Recomputes the clusters the given (new or changed) rows belong to. */
    public void recluster(Collection<Long> touchedIds) {
        if (touchedIds.isEmpty()) {
            return;
        }
        List<Row> rows = jdbc.query(con -> {
            var ps = con.prepareStatement(AFFECTED);
            Long[] ids = touchedIds.toArray(Long[]::new);
            ps.setArray(1, con.createArrayOf("bigint", ids));
            ps.setArray(2, con.createArrayOf("bigint", ids));
            return ps;
        }, (rs, n) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4)));
        Map<Long, Long> clusterOf = assign(rows);
        List<Long> ids = new ArrayList<>();
        List<Long> clusters = new ArrayList<>();
        for (Row row : rows) {
            Long cluster = clusterOf.get(row.id());
            if (!Objects.equals(cluster, row.clusterId())) {
                ids.add(row.id());
                clusters.add(cluster);
            }
        }
        if (!ids.isEmpty()) {
            jdbc.update(con -> {
                var ps = con.prepareStatement(ASSIGN);
                ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
                ps.setArray(2, con.createArrayOf("bigint", clusters.toArray()));
                return ps;
            });
        }
    }

    /** Union-find within each fingerprint group; singletons get {@code null}. */
    private static Map<Long, Long> assign(List<Row> rows) {
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(row.fingerprint() == null ? "#" + row.id() : row.fingerprint(),
                    k -> new ArrayList<>()).add(row);
        }
        Map<Long, Long> parent = new HashMap<>();
        rows.forEach(r -> parent.put(r.id(), r.id()));
        for (List<Row> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    if (TextOverlap.sameJob(group.get(i).text(), group.get(j).text())) {
                        union(parent, group.get(i).id(), group.get(j).id());
                    }
                }
            }
        }
        Map<Long, Integer> sizes = new HashMap<>();
        rows.forEach(r -> sizes.merge(find(parent, r.id()), 1, Integer::sum));
        Map<Long, Long> clusterOf = new HashMap<>();
        for (Row row : rows) {
            long root = find(parent, row.id());
            clusterOf.put(row.id(), sizes.get(root) > 1 ? root : null);
        }
        return clusterOf;
    }

    private static long find(Map<Long, Long> parent, long id) {
        long root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    /** The smaller id becomes the root, so a cluster is named after its oldest row. */
    private static void union(Map<Long, Long> parent, long a, long b) {
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
