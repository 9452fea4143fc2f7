package com.careeragent.jobs.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.careeragent.jobs.NormalizedJob;

/**
 * Content hashes (did a posting change?) and duplicate fingerprints (is it the same job as another?).
 * The fingerprint is built from company and title with the noise that differs between boards removed:
 * case, accents, punctuation, legal suffixes, requisition codes and "remote" markers.
 */
public final class JobFingerprints {

    private static final String SEPARATOR = "\u001f";
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern REQUISITION = Pattern.compile("\\((?:req\\.?\\s*)?[a-z]{0,4}-?\\d{3,}\\)|\\b[a-z]?\\d{4,}\\b");
    private static final Pattern REMOTE = Pattern.compile("\\(?\\bremote\\b\\)?");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "\\b(inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|bv|plc|corp|corporation|co|company|pty)\\b");

    private JobFingerprints() {
    }

    public static String contentHash(String board, NormalizedJob job) {
        String canonical = String.join(SEPARATOR, board, job.title(), job.company(), nz(job.url()), nz(job.applyUrl()),
                nz(job.location()), Boolean.toString(job.remote()), join(job.regions()), nz(job.employmentType()),
                nz(job.seniority()), nz(job.salaryMin()), nz(job.salaryMax()), nz(job.salaryCurrency()),
                nz(job.salaryPeriod()), nz(job.postedAt()), nz(job.descriptionHtml()), nz(job.descriptionText()),
                join(job.skills()), join(job.tags()));
        return sha256(canonical);
    }

    public static String fingerprint(String company, String title) {
        String normalisedCompany = LEGAL_SUFFIX.matcher(words(company)).replaceAll(" ").replaceAll("\\s+", " ").trim();
        String normalisedTitle = REMOTE.matcher(REQUISITION.matcher(fold(title)).replaceAll(" ")).replaceAll(" ");
        return sha256(normalisedCompany + "|" + words(normalisedTitle)).substring(0, 32);
    }

    private static String words(String text) {
        return NON_WORD.matcher(fold(text)).replaceAll(" ").trim();
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String join(List<String> values) {
        return String.join(",", values);
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
