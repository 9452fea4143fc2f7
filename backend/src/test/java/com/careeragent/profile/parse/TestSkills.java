package com.careeragent.profile.parse;

import java.util.Locale;

/** The skill reader and the comparison key used by parser tests. */
final class TestSkills {

    private TestSkills() {
    }

    static SkillReader reader() {
        return new SkillReader();
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).strip();
    }
}
