package com.careeragent.profile.skills;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.careeragent.auth.UserId;
import com.careeragent.profile.parse.ParsedCv.SkillMention;

/** {@code user_skills} and {@code custom_skills}. */
@Component
public class UserSkills {

    private final JdbcClient jdbc;

    UserSkills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UserSkill> list(UserId user) {
        return jdbc.sql("""
                SELECT name, level, years, origin, evidence, custom FROM user_skills
                WHERE user_id = ? ORDER BY lower(name)
                """).param(user.value()).query(UserSkill.class).list();
    }

    public Optional<UserSkill> find(UserId user, String name) {
        return jdbc.sql("""
                SELECT name, level, years, origin, evidence, custom FROM user_skills
                WHERE user_id = ? AND lower(name) = lower(?)
                """).param(user.value()).param(name).query(UserSkill.class).optional();
    }

    /** Adds or changes a skill by hand; from then on a new CV does not remove it. */
    public void saveManual(UserId user, String name, String level, BigDecimal years, boolean custom) {
        jdbc.sql("""
                INSERT INTO user_skills (user_id, name, level, years, origin, custom) VALUES (?, ?, ?, ?, 'manual', ?)
                ON CONFLICT (user_id, name) DO UPDATE
                SET level = EXCLUDED.level, years = EXCLUDED.years, origin = 'manual', custom = EXCLUDED.custom
                """).params(user.value(), name, level, years, custom).update();
        if (custom) {
            jdbc.sql("INSERT INTO custom_skills (user_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(user.value(), name).update();
        }
    }

    public boolean delete(UserId user, String name) {
        return jdbc.sql("DELETE FROM user_skills WHERE user_id = ? AND lower(name) = lower(?)")
                .params(user.value(), name).update() > 0;
    }

    /** The skills of a new CV replace those of the last one; skills the user touched stay as they are. */
    public void replaceFromCv(UserId user, List<SkillMention> skills) {
        jdbc.sql("DELETE FROM user_skills WHERE user_id = ? AND origin = 'cv'").param(user.value()).update();
        for (SkillMention s : skills) {
            jdbc.sql("""
                    INSERT INTO user_skills (user_id, name, level, years, origin, evidence, custom)
                    VALUES (?, ?, ?, ?, 'cv', ?, ?) ON CONFLICT (user_id, name) DO NOTHING
                    """).params(user.value(), s.name(), s.level(), s.years() == null ? null : BigDecimal.valueOf(s.years()),
                    s.evidence() == null ? null : s.evidence().substring(0, Math.min(500, s.evidence().length())),
                    s.custom()).update();
        }
    }

    public List<String> customNames(UserId user) {
        return jdbc.sql("SELECT name FROM custom_skills WHERE user_id = ? ORDER BY lower(name)")
                .param(user.value()).query(String.class).list();
    }
}
