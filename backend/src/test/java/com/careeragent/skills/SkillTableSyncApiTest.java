package com.careeragent.skills;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.careeragent.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The running app has copied the taxonomy into the skills table, and re-syncing repairs drift. */
class SkillTableSyncApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SkillTableSync sync;

    @Autowired
    SkillTaxonomy taxonomy;

    @Test
    void theSkillsTableHoldsTheTaxonomyAfterStartUp() {
        long rows = jdbc.sql("SELECT count(*) FROM skills").query(Long.class).single();
        assertThat(rows).isEqualTo(taxonomy.all().size()).isGreaterThanOrEqualTo(500);

        Map<String, Object> kubernetes = jdbc.sql("SELECT category, aliases, related FROM skills WHERE name = 'Kubernetes'")
                .query().singleRow();
        assertThat(kubernetes.get("category")).isEqualTo("devops");
        assertThat(textArray(kubernetes.get("aliases"))).contains("k8s");
        assertThat(textArray(kubernetes.get("related"))).contains("Docker", "Helm");
        // The quick "nothing changed" check on later starts sees the table as equal to the data.
        assertThat(sync.tableFingerprint()).isEqualTo(SkillTableSync.fingerprint(List.copyOf(taxonomy.all())));
    }

    @Test
    void syncRepairsChangedRowsRemovesStaleOnesAndOtherwiseWritesNothing() {
        jdbc.sql("UPDATE skills SET category = 'drifted', aliases = '{}' WHERE name = 'PostgreSQL'").update();
        jdbc.sql("INSERT INTO skills (name, category) VALUES ('Skill Removed From The Data', 'x')").update();

        assertThat(sync.sync(List.copyOf(taxonomy.all()))).isEqualTo(2);

        assertThat(jdbc.sql("SELECT category FROM skills WHERE name = 'PostgreSQL'").query(String.class).single())
                .isEqualTo("database");
        assertThat(jdbc.sql("SELECT count(*) FROM skills WHERE name = 'Skill Removed From The Data'")
                .query(Long.class).single()).isZero();
        assertThat(sync.sync(List.copyOf(taxonomy.all()))).isZero();
    }

    private static List<String> textArray(Object value) {
        try {
            return List.of((String[]) ((java.sql.Array) value).getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
