package com.careeragent.profile.extract;

/** What an upload turned into: its kind (from the bytes) and its cleaned text. */
public record ExtractedCv(FileKind kind, String text) {
}
