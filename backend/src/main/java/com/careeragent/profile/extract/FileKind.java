package com.careeragent.profile.extract;

/** The kinds of CV file we read, decided from the bytes. */
public enum FileKind {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    TEXT("text/plain"),
    MARKDOWN("text/markdown");

    private final String mediaType;

    FileKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
