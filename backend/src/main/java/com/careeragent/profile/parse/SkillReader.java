package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careeragent.profile.parse.ParsedCv.SkillMention;
import com.careeragent.profile.parse.Section.Kind;
import com.careeragent.skills.SkillTaxonomy;

/**
 * Skills named in a CV. Every line outside the header goes through the taxonomy's extractor; the items
 * of a skills section that the taxonomy does not know are kept as the CV words them (custom skills),
 * because the person listed them as skills. The evidence is the line where a skill first appears.
 */
public final class SkillReader {

    private static final Pattern LABEL = Pattern.compile("^[\\p{L} &/-]{2,30}:\\s*");
    private static final Pattern ITEM_SPLIT = Pattern.compile("\\s*(?:[,;•|]|\\band\\b|\\s&\\s)\\s*");
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^(proficient|skilled|experienced|fluent|familiar)"
            + "\\s+(in|with)\\s+|^(basic|good|strong|working)\\s+knowledge\\s+of\\s+|^experience\\s+(in|with)\\s+");
    private static final Pattern YEARS = Pattern.compile("(?i)(\\d{1,2}(?:\\.\\d)?)\\+?\\s*(?:years?|yrs?)");
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b(beginner|basic|intermediate|advanced|proficient|expert)\\b");

    private final SkillTaxonomy taxonomy;

    public SkillReader(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<SkillMention> read(List<Section> sections, String text) {
        Map<String, SkillMention> found = new LinkedHashMap<>();
        for (Section section : sections) {
            if (section.kind() == Kind.HEADER) {
                continue;
            }
            for (CvLine line : logicalLines(section)) {
                if (section.kind() == Kind.SKILLS && !LanguageReader.mentionsLanguages(line)) {
                    listedItems(line, found);
                }
                for (String name : taxonomy.extract(line.plain())) {
                    if (!LanguageReader.isSpokenLanguage(name)) {
                        add(found, mention(name, line.plain(), line.plain(), false));
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Lines as written rather than as wrapped: a line starting in lower case continues the one above,
     * and in a skills section so does any line under a comma-separated list ("Project" / "management").
     */
    private static List<CvLine> logicalLines(Section section) {
        List<CvLine> out = new ArrayList<>();
        for (CvLine line : section.lines()) {
            CvLine last = out.isEmpty() ? null : out.getLast();
            boolean continues = last != null && !line.bullet() && !LABEL.matcher(line.plain()).find()
                    && (Character.isLowerCase(line.plain().codePointAt(0))
                        || (section.kind() == Kind.SKILLS && last.plain().contains(",")));
            if (continues) {
                String joined = last.plain().endsWith("-") ? last.plain() + line.plain() : last.plain() + " " + line.plain();
                out.set(out.size() - 1, CvLine.of(joined, last.bullet(), false));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** The items of a skills line ("Tech: React, GraphQL"), known or not. */
    private void listedItems(CvLine line, Map<String, SkillMention> found) {
        String body = LABEL.matcher(line.plain()).replaceFirst("");
        for (String raw : ITEM_SPLIT.split(body)) {
            String item = LEAD_IN.matcher(raw.replaceAll("\\([^)]*\\)", "").strip()).replaceFirst("")
                    .replaceAll("[.]+$", "").strip();
            if (item.isEmpty()) {
                continue;
            }
            Optional<String> known = taxonomy.canonical(item);
            if (known.isPresent()) {
                add(found, mention(known.get(), raw, line.plain(), false));
            } else if (taxonomy.extract(item).isEmpty() && looksLikeASkill(item)
                    && !LanguageReader.isSpokenLanguage(item)) {
                add(found, mention(item, raw, line.plain(), true));
            }
        }
    }

    private static boolean looksLikeASkill(String item) {
        int words = item.split("\\s+").length;
        return words <= 4 && item.length() <= 40 && Character.isLetterOrDigit(item.codePointAt(0))
                && !item.matches(".*\\d{4}.*");
    }

    private static SkillMention mention(String name, String item, String line, boolean custom) {
        Matcher years = YEARS.matcher(item);
        Matcher level = LEVEL.matcher(item);
        return new SkillMention(custom ? capitalized(name) : name, level.find() ? level(level.group(1)) : null,
                years.find() ? Double.parseDouble(years.group(1)) : null, line.strip(), custom);
    }

    private static void add(Map<String, SkillMention> found, SkillMention mention) {
        found.putIfAbsent(mention.name().toLowerCase(Locale.ROOT), mention);
    }

    private static String level(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "beginner", "basic" -> "beginner";
            case "intermediate" -> "intermediate";
            case "advanced", "proficient" -> "advanced";
            default -> "expert";
        };
    }

    private static String capitalized(String item) {
        return Character.toUpperCase(item.charAt(0)) + item.substring(1);
    }
}
