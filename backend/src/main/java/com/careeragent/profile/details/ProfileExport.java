package com.careeragent.profile.details;

import java.util.List;

import com.careeragent.profile.cv.CvDocument;
import com.careeragent.profile.parse.ParsedCv;

/** Everything the profile module holds about a user: profile, custom skills and every CV upload. */
public record ProfileExport(ProfileView profile, List<String> customSkills, List<ExportedCv> cvDocuments) {

    /** An upload with its original file (Base64), extracted text and parse result. */
    public record ExportedCv(CvDocument document, String text, String textSha256, ParsedCv parsed, String contentBase64) {
    }
}
