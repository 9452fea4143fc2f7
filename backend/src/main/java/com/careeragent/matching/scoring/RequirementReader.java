package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a posting's requirements: which of its skills are required and which only nice to have, which
 * spoken languages it requires, and how many years of experience it asks for.
 */
public final class RequirementReader {

    private final SkillDictionary skills;

    public RequirementReader(SkillDictionary skills) {
        this.skills = skills;
    }

    public JobRequirements read(JobPosting job) {
        PostingSections.Split split = PostingSections.split(job.descriptionText());
        Set<String> inRequired = skills.extract(split.required());
        Set<String> inPreferred = skills.extract(split.preferred());
        Set<String> inOther = skills.extract(split.other());
        Set<String> inTitleOrTags = new HashSet<>(skills.extract(job.title()));
        job.tags().forEach(tag -> skills.known(tag).ifPresent(inTitleOrTags::add));

        List<String> required = new ArrayList<>();
        List<String> preferred = new ArrayList<>();
        for (String skill : job.skills()) {
            String name = skills.canonicalName(skill);
            if (inTitleOrTags.contains(name) || inRequired.contains(name)) {
                required.add(name);
            } else if (inPreferred.contains(name)) {
                preferred.add(name);
            } else if (!(split.structured() && inOther.contains(name))) {
                // found by ingestion somewhere we can't place: count it as required
                required.add(name);
            }
        }
        Set<String> languages = SpokenLanguages.required(job.title(), job.descriptionText());
        // spoken languages count only where the posting really requires them (a cue or its own language)
        required.removeIf(name -> languages.contains(name) || skills.isLanguage(skills.idOf(name)));
        preferred.removeIf(name -> languages.contains(name) || skills.isLanguage(skills.idOf(name)));
        String yearsText = split.structured() ? split.required() : job.descriptionText();
        return new JobRequirements(required.stream().distinct().toList(), preferred.stream().distinct().toList(),
                List.copyOf(languages), ExperienceYears.minimum(yearsText));
    }
}
