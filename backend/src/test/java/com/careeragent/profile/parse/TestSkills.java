package com.careeragent.profile.parse;

import java.util.Locale;

import com.careeragent.skills.SkillTaxonomy;

/** The real taxonomy for parser tests, and the key skills are compared by (canonical, lower case). */
final class TestSkills {

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.loadDefault();

    private TestSkills() {
    }

    static SkillReader reader() {
        return new SkillReader(TAXONOMY);
    }

    static String key(String name) {
        return TAXONOMY.canonical(name).orElse(name).toLowerCase(Locale.ROOT).strip();
    }
}
