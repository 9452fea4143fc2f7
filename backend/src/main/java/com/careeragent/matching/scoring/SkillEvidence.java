package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careeragent.matching.Candidate;

/** Builds the skill factor's evidence: which profile skill met which phrase of the posting. */
final class SkillEvidence {

    private static final int CONTEXT = 60;
    private final SkillDictionary skills;
    private final CompiledCandidate candidate;
    private final JobPosting posting;
    private final List<Evidence> items = new ArrayList<>();

    SkillEvidence(SkillDictionary skills, CompiledCandidate candidate, JobPosting posting) {
        this.skills = skills;
        this.candidate = candidate;
        this.posting = posting;
    }

    List<Evidence> items() {
        return items;
    }

    void add(Evidence evidence) {
        items.add(evidence);
    }

    void exact(String skill, String requirement) {
        items.add(new Evidence("match", skill + " (" + requirement + ") is on your profile.", profileLine(skill),
                phrase(skill)));
    }

    void related(int skill, String requirement) {
        String name = skills.name(skill);
        String via = null;
        for (Candidate.Skill own : candidate.source().skills()) {
            int id = skills.idOf(own.name());
            for (int other : skills.related(id)) {
                if (other == skill && RelatedCredit.counts(skills, id, skill)) {
                    via = own.name();
                }
            }
        }
        items.add(new Evidence("related", name + " (" + requirement + ") counts partly: you have the related "
                + (via == null ? "skill" : via) + ".", via == null ? null : profileLine(via), phrase(name)));
    }

    void missing(String skill, String requirement) {
        items.add(new Evidence("missing", skill + " (" + requirement + ") is not on your profile.", null, phrase(skill)));
    }

    /** The profile's own wording for a skill, with the CV line it came from when known. */
    private String profileLine(String canonical) {
        String impliedBy = candidate.impliedBy().get(skills.idOf(canonical));
        if (impliedBy != null) {
            return "your title \"" + impliedBy + "\"";
        }
        for (Candidate.Skill own : candidate.source().skills()) {
            if (skills.canonicalName(own.name()).equalsIgnoreCase(canonical)) {
                return own.evidence() == null || own.evidence().isBlank() ? own.name()
                        : own.name() + ": \"" + own.evidence().strip() + "\"";
            }
        }
        return canonical;
    }

    /** The stretch of the posting that mentions the skill, or null when only the title or tags name it. */
    String phrase(String canonical) {
        String text = posting.descriptionText();
        if (text == null) {
            return null;
        }
        for (String spelling : skills.spellings(canonical)) {
            Matcher mention = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(spelling) + "(?![\\p{L}\\d])",
                    Pattern.CASE_INSENSITIVE).matcher(text);
            if (mention.find()) {
                int start = Math.max(0, mention.start() - CONTEXT);
                int end = Math.min(text.length(), mention.end() + CONTEXT);
                String snippet = text.substring(start, end).replaceAll("\\s+", " ").strip();
                return (start > 0 ? "\u2026" : "") + snippet + (end < text.length() ? "\u2026" : "");
            }
        }
        return null;
    }
}
