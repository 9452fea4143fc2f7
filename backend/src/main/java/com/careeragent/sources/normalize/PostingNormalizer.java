package com.careeragent.sources.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.careeragent.jobs.NormalizedJob;

/** Turns what any connector read into the one job shape; a posting without title or company is invalid. */
@Component
public class PostingNormalizer {

    private static final Pattern REMOTE = Pattern.compile("\\b(remote|anywhere|worldwide|distributed|work from home)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LINE = 500;

    private final SkillTagger skills;

    public PostingNormalizer(SkillTagger skills) {
        this.skills = skills;
    }

    public Optional<NormalizedJob> normalize(RawPosting raw) {
        String sourceId = TextCleaner.line(raw.sourceId());
        String title = limit(TextCleaner.line(raw.title()));
        String company = limit(TextCleaner.line(raw.company()));
        if (sourceId == null || title == null || company == null) {
            return Optional.empty();
        }
        DescriptionCleaner.Description description = DescriptionCleaner.clean(raw.descriptionHtml(), raw.descriptionText());
        String location = limit(TextCleaner.line(raw.location()));
        boolean remote = raw.remote() != null ? raw.remote()
                : REMOTE.matcher(nz(location) + " " + title).find();
        Salary salary = raw.salary() != null ? raw.salary() : SalaryText.parse(TextCleaner.line(raw.salaryText()));
        String url = ApplyUrls.canonical(raw.url());
        String applyUrl = Optional.ofNullable(ApplyUrls.canonical(raw.applyUrl())).orElse(url);
        List<String> tags = distinct(raw.tags());
        return Optional.of(new NormalizedJob(
                sourceId, title, company, url, applyUrl, location, remote, distinct(raw.regions()),
                JobVocabulary.employmentType(raw.employmentType()), JobVocabulary.seniority(title),
                salary == null ? null : salary.min(), salary == null ? null : salary.max(),
                salary == null ? null : salary.currency(), salary == null ? null : salary.period(),
                raw.postedAt(), description.html(), description.text(),
                skills.skills(tags, title, description.text()), tags));
    }

    /** Cleaned, trimmed, case-insensitively unique values in their first spelling. */
    private static List<String> distinct(List<String> values) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String value : values) {
            String clean = limit(TextCleaner.line(value));
            if (clean != null) {
                unique.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        return new ArrayList<>(unique.values());
    }

    private static String limit(String line) {
        return line == null || line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
