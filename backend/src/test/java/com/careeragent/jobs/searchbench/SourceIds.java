package com.careeragent.jobs.searchbench;

import java.util.SplittableRandom;
import java.util.UUID;

/** Ids and posting URLs shaped like each source's own. */
final class SourceIds {

    private SourceIds() {
    }

    /** Unique per {@code serial} (the posting's number in the data set), random-looking otherwise. */
    static String next(SplittableRandom random, String source, long serial) {
        return switch (source) {
            case "lever", "ashby" -> new UUID(random.nextLong(), serial).toString();
            case "arbeitnow", "wwr" -> "job-" + Long.toString(serial, 36) + "-" + Integer.toString(random.nextInt(1296), 36);
            default -> Long.toString(100_000_000L + serial);
        };
    }

    static String url(String source, String sourceId, String title) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return switch (source) {
            case "remoteok" -> "https://remoteok.com/remote-jobs/" + slug + "-" + sourceId;
            case "greenhouse" -> "https://boards.greenhouse.io/example/jobs/" + sourceId;
            case "lever" -> "https://jobs.lever.co/example/" + sourceId;
            case "ashby" -> "https://jobs.ashbyhq.com/example/" + sourceId;
            case "remotive" -> "https://remotive.com/remote-jobs/software-dev/" + slug + "-" + sourceId;
            case "arbeitnow" -> "https://www.arbeitnow.com/jobs/companies/example/" + sourceId;
            default -> "https://weworkremotely.com/remote-jobs/" + sourceId;
        };
    }
}
