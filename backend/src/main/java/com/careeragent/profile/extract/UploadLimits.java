package com.careeragent.profile.extract;

/**
 * Bounds that keep a hostile or accidental upload from costing us memory or time.
 *
 * @param maxBytes        largest file accepted
 * @param maxPages        most PDF pages read (a CV is rarely longer than 3)
 * @param maxZipEntries   most entries in a DOCX
 * @param maxUnzipped     most bytes a DOCX may expand to, counted while inflating
 * @param maxEntryRatio   highest expanded/compressed ratio of one DOCX entry (XML squeezes well, bombs far more)
 */
public record UploadLimits(long maxBytes, int maxPages, int maxZipEntries, long maxUnzipped, int maxEntryRatio) {

    public static final UploadLimits DEFAULT = new UploadLimits(5L * 1024 * 1024, 20, 1_000, 50L * 1024 * 1024, 200);
}
