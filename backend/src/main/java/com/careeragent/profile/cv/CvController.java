package com.careeragent.profile.cv;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.careeragent.auth.UserId;
import com.careeragent.shared.web.ApiProblem;
import com.careeragent.profile.parse.ParsedCv;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/profile/cv")
@Tag(name = "profile", description = "The user's profile, CV and skills")
class CvController {

    /** The latest upload with its text and the parse result. */
    record LatestCv(CvDocument cv, String text, ParsedCv parsed) {
    }

    private final CvUploads uploads;
    private final CvDocuments documents;
    private final JsonMapper json;

    CvController(CvUploads uploads, CvDocuments documents, JsonMapper json) {
        this.uploads = uploads;
        this.documents = documents;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "uploadCv", summary = "Upload a CV (PDF, DOCX, TXT or Markdown, at most 5 MB and 20 pages); "
            + "it is parsed and fills the profile")
    UploadResult upload(UserId user, @RequestParam("file") MultipartFile file) {
        try {
            return uploads.upload(user, filename(file.getOriginalFilename()), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping
    @Operation(operationId = "getLatestCv", summary = "The latest uploaded CV: its text and what was parsed from it")
    LatestCv latest(UserId user) {
        return documents.latestWithText(user)
                .map(cv -> new LatestCv(cv.document(), cv.text(), json.readValue(cv.parsedJson(), ParsedCv.class)))
                .orElseThrow(() -> ApiProblem.notFound("No CV has been uploaded yet."));
    }

    /** The client's file name without any path, control characters or excess length. */
    static String filename(String original) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "cv";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
