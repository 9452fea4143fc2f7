package com.careeragent.profile.parse;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careeragent.profile.parse.ParsedCv.Experience;
import com.careeragent.profile.parse.Section.Kind;

/**
 * Reads a CV without any model: sections by their titles, then contact details, positions, schools,
 * languages and skills by pattern and taxonomy. Fields it cannot find stay empty.
 */
public final class OfflineCvParser {

    private final SkillReader skills;
    private final Clock clock;

    public OfflineCvParser(SkillReader skills, Clock clock) {
        this.skills = skills;
        this.clock = clock;
    }

    public ParsedCv parse(String text) {
        List<Section> sections = Sections.split(CvLines.split(text));
        List<CvLine> header = sections.getFirst().lines();
        List<String> pieces = HeaderReader.pieces(header);
        String name = HeaderReader.name(pieces).orElse(null);
        List<Experience> experience = new ArrayList<>();
        List<ParsedCv.Education> education = new ArrayList<>();
        List<CvLine> summary = new ArrayList<>();
        List<CvLine> languageLines = new ArrayList<>();
        for (Section section : sections) {
            switch (section.kind()) {
                case EXPERIENCE -> experience.addAll(ExperienceReader.read(section.lines()));
                case EDUCATION -> education.addAll(EducationReader.read(section.lines()));
                case SUMMARY -> summary.addAll(section.lines());
                case LANGUAGES -> languageLines.addAll(section.lines());
                default -> section.lines().stream().filter(LanguageReader::mentionsLanguages).forEach(languageLines::add);
            }
        }
        String headline = HeaderReader.headline(pieces, name).orElse(null);
        Double years = SummaryReader.statedYears(text)
                .or(() -> SummaryReader.countedYears(experience, YearMonth.now(clock))).orElse(null);
        String currentTitle = experience.stream().filter(Experience::current).map(Experience::title).findFirst()
                .orElse(headline);
        return new ParsedCv(
                name,
                headline,
                HeaderReader.email(text).orElse(null),
                HeaderReader.phone(String.join("\n", header.stream().map(CvLine::text).toList()))
                        .or(() -> HeaderReader.phone(text)).orElse(null),
                HeaderReader.location(pieces, name).orElse(null),
                years,
                SummaryReader.seniority(currentTitle).or(() -> SummaryReader.seniority(headline)).orElse(null),
                SummaryReader.summary(summary).orElse(null),
                experience,
                education,
                LanguageReader.read(languageLines),
                HeaderReader.links(pieces),
                skills.read(sections, text));
    }

    static Optional<Section> section(List<Section> sections, Kind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
