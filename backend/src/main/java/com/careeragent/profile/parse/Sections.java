package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careeragent.profile.parse.Section.Kind;

/** Splits CV lines at section titles; what comes before the first title is the header. */
final class Sections {

    private static final Map<String, Kind> TITLES = titles();

    private Sections() {
    }

    static List<Section> split(List<CvLine> lines) {
        List<Section> sections = new ArrayList<>();
        Kind kind = Kind.HEADER;
        String title = "";
        List<CvLine> current = new ArrayList<>();
        for (CvLine line : lines) {
            Kind heading = headingKind(line);
            if (heading != null) {
                sections.add(new Section(kind, title, current));
                kind = heading;
                title = line.main().replaceAll(":$", "");
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        sections.add(new Section(kind, title, current));
        return sections;
    }

    /** The kind a title line announces, or null when the line is not a section title. */
    static Kind headingKind(CvLine line) {
        if (line.bullet() || line.segments().size() > 1) {
            return null;
        }
        String key = line.main().replaceAll("[:：]\\s*$", "").strip().toLowerCase(Locale.ROOT);
        Kind known = TITLES.get(key);
        if (known != null) {
            return known;
        }
        boolean shortTitle = key.length() <= 60 && !key.matches(".*\\d.*");
        return line.underlined() && shortTitle ? Kind.OTHER : null;
    }

    private static Map<String, Kind> titles() {
        Map<String, Kind> map = new java.util.HashMap<>();
        for (String t : List.of("experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "career history", "relevant experience", "volunteer experience",
                "volunteering", "on campus involvement", "campus involvement", "involvement", "leadership experience",
                "experience:", "professional background", "career")) {
            map.put(t, Kind.EXPERIENCE);
        }
        for (String t : List.of("education", "academic background", "education and training", "academics",
                "qualifications", "education & training")) {
            map.put(t, Kind.EDUCATION);
        }
        for (String t : List.of("skills", "technical skills", "core skills", "key skills", "competencies",
                "core competencies", "technologies", "tech stack", "skills & tools", "skills and tools",
                "technical expertise", "expertise", "tools")) {
            map.put(t, Kind.SKILLS);
        }
        for (String t : List.of("summary", "professional summary", "profile", "professional profile", "about",
                "about me", "objective", "career objective", "personal statement", "overview")) {
            map.put(t, Kind.SUMMARY);
        }
        for (String t : List.of("projects", "project", "personal projects", "side projects", "technical experience",
                "selected projects", "open source")) {
            map.put(t, Kind.PROJECTS);
        }
        for (String t : List.of("languages", "language skills", "spoken languages")) {
            map.put(t, Kind.LANGUAGES);
        }
        for (String t : List.of("certifications", "certificates", "publications", "honors", "awards",
                "honors/awards", "honors & awards", "honors and awards", "selected honors", "patents",
                "invited talks", "talks", "interests", "hobbies", "references", "activities",
                "courses", "training", "achievements", "extracurricular activities")) {
            map.put(t, Kind.OTHER);
        }
        return Map.copyOf(map);
    }
}
