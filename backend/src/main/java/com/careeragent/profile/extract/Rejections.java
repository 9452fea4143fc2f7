package com.careeragent.profile.extract;

import org.springframework.http.HttpStatus;

import com.careeragent.shared.web.ApiProblem;

/** The answers a CV upload can get when we cannot read it; each says what the user can do. */
final class Rejections {

    private Rejections() {
    }

    static ApiProblem tooLarge(String detail) {
        return ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, "Content too large", detail);
    }

    static ApiProblem unsupported() {
        return ApiProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Upload your CV as a PDF, a Word document (.docx), or plain text / Markdown.");
    }

    static ApiProblem unreadable(String detail) {
        return ApiProblem.unprocessable(detail);
    }
}
