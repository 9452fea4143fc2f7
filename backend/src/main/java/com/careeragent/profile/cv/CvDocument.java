package com.careeragent.profile.cv;

import java.time.Instant;
import java.util.UUID;

/**
 * What we keep about an uploaded CV, without its bytes and text.
 *
 * @param parser {@code anthropic} or {@code offline}
 */
public record CvDocument(UUID id, String filename, String mediaType, int sizeBytes, String parser, Instant uploadedAt) {
}
