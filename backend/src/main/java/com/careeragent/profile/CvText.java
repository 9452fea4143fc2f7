package com.careeragent.profile;

import java.time.Instant;

/** The text of the user's latest CV, for grounding generated letters in what the CV really says. */
public record CvText(String filename, String text, Instant uploadedAt) {
}
