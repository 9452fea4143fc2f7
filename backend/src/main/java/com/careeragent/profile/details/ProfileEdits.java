package com.careeragent.profile.details;

import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import com.careeragent.profile.cv.CvDocuments.StoredCv;
import com.careeragent.profile.parse.ParsedCv;
import tools.jackson.databind.json.JsonMapper;

/** Maps between the API's request shapes and the stored profile. */
final class ProfileEdits {

    private ProfileEdits() {
    }

    static ProfileRow toRow(ProfileUpdate u) {
        return new ProfileRow(blankToNull(u.fullName()), blankToNull(u.headline()), blankToNull(u.location()),
                blankToNull(u.email()), blankToNull(u.phone()), blankToNull(u.summary()), u.yearsExperience(),
                u.seniority(), strings(u.targetTitles()), strings(u.preferredLocations()), u.remotePreference(),
                u.salaryExpectation(), u.salaryCurrency(),
                map(u.languages(), l -> new ParsedCv.Language(l.name().strip(), blankToNull(l.level()))),
                strings(u.links()),
                map(u.experience(), p -> new ParsedCv.Experience(blankToNull(p.employer()), blankToNull(p.title()),
                        blankToNull(p.location()), p.start(), p.current() ? null : p.end(), p.current(), strings(p.highlights()))),
                map(u.education(), s -> new ParsedCv.Education(blankToNull(s.institution()), blankToNull(s.degree()),
                        s.start(), s.end())),
                List.of(), null);
    }

    static ProfileExport.ExportedCv exported(StoredCv cv, JsonMapper json) {
        return new ProfileExport.ExportedCv(cv.document(), cv.text(), cv.textSha256(),
                json.readValue(cv.parsedJson(), ParsedCv.class),
                cv.content() == null ? null : Base64.getEncoder().encodeToString(cv.content()));
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <A, B> List<B> map(List<A> values, Function<A, B> f) {
        return values == null ? List.of() : values.stream().map(f).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
