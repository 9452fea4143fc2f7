package com.careeragent.profile.parse;

import java.util.List;

/** A titled part of a CV; {@code kind} is what the title says it holds. */
record Section(Kind kind, String title, List<CvLine> lines) {

    enum Kind { HEADER, SUMMARY, EXPERIENCE, EDUCATION, SKILLS, PROJECTS, LANGUAGES, OTHER }
}
