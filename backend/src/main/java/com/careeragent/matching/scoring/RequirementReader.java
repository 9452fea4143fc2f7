package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a posting's requirements: which of its skills are required and which only nice to have, which
 * spoken languages it requires, and how many years of experience it asks for.
 */
public final class RequirementReader {

    private static final int SUBSTANTIAL_TEXT = 500;
    /** A skill named in the title counts like this many mentions in the text. */
    static final int TITLE_SALIENCE = 4;
    private final SkillDictionary skills;

    public RequirementReader(SkillDictionary skills) {
        this.skills = skills;
    }

    public JobRequirements read(JobPosting job) {
        PostingSections.Split split = PostingSections.split(job.descriptionText(), job.company());
        // the nice-to-have and "other" parts are short; the requirements part is only read when it must be
        Set<String> inPreferred = skills.extract(split.preferred());
        Set<String> inOther = split.structured() ? skills.extract(split.other()) : Set.of();
        Set<String> inTitle = skills.extract(job.title());
        Map<String, Integer> salience = new HashMap<>(skills.mentions(job.descriptionText()));
        // a skill in the title is what the job is about: it counts as much as being named throughout the text
        inTitle.forEach(name -> salience.merge(name, TITLE_SALIENCE, Integer::sum));
        Set<String> inTags = new HashSet<>();
        job.tags().forEach(tag -> skills.known(tag).ifPresent(inTags::add));
        String text = job.descriptionText() == null ? "" : job.descriptionText();
        String lowerText = text.toLowerCase(Locale.ROOT);
        Set<String> inRequired = null;

        List<String> required = new ArrayList<>();
        List<String> preferred = new ArrayList<>();
        for (String skill : job.skills()) {
            String name = skills.canonicalName(skill);
            if (inTitle.contains(name)) {
                required.add(name);
                continue;
            }
            if (inTags.contains(name) && text.length() >= SUBSTANTIAL_TEXT && !mentions(lowerText, name)) {
                // a source tag the text never mentions is a weaker signal than the text itself
                preferred.add(name);
                continue;
            }
            if (inPreferred.contains(name) || inOther.contains(name)) {
                inRequired = inRequired != null ? inRequired : skills.extract(split.required());
                if (!inRequired.contains(name)) {
                    if (inPreferred.contains(name)) {
                        preferred.add(name);
                    }
                    // a skill named only in the company blurb or the benefits is not asked of anyone
                    continue;
                }
            }
            required.add(name);
        }
        Set<String> languages = SpokenLanguages.required(job.title(), job.descriptionText());
        // spoken languages count only where the posting really requires them (a cue or its own language)
        required.removeIf(name -> languages.contains(name) || skills.isLanguage(skills.idOf(name)));
        preferred.removeIf(name -> languages.contains(name) || skills.isLanguage(skills.idOf(name)));
        String yearsText = split.structured() ? split.required() : job.descriptionText();
        return new JobRequirements(required.stream().distinct().toList(), preferred.stream().distinct().toList(),
                List.copyOf(languages), ExperienceYears.minimum(yearsText), salience);
    }

    private boolean mentions(String lowerText, String skill) {
        for (String spelling : skills.spellings(skill)) {
            String word = spelling.toLowerCase(Locale.ROOT);
            for (int at = lowerText.indexOf(word); at >= 0; at = lowerText.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((at == 0 || !Character.isLetterOrDigit(lowerText.charAt(at - 1)))
                        && (end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
