package com.careeragent.sources.watchlist;

import java.util.Map;

import com.careeragent.jobs.SourceName;

/** What the Sources page shows about each source: where it lives and what its terms ask of us. */
record SourceInfo(String displayName, String siteUrl, String termsUrl, String attribution, String politeness) {

    static final Map<SourceName, SourceInfo> ALL = Map.of(
            SourceName.REMOTEOK, new SourceInfo("Remote OK", "https://remoteok.com", "https://remoteok.com/api",
                    "Jobs via Remote OK: each job links back to its Remote OK page (followed link) and credits Remote OK.",
                    null),
            SourceName.GREENHOUSE, new SourceInfo("Greenhouse job boards", "https://www.greenhouse.com",
                    "https://developers.greenhouse.io/job-board.html",
                    "Public job board API of each company on the watchlist; jobs link to the company's board.", null),
            SourceName.LEVER, new SourceInfo("Lever job sites", "https://www.lever.co",
                    "https://github.com/lever/postings-api",
                    "Public postings API of each company on the watchlist; jobs link to the company's Lever page.", null),
            SourceName.ASHBY, new SourceInfo("Ashby job boards", "https://www.ashbyhq.com",
                    "https://developers.ashbyhq.com/docs/public-job-posting-api",
                    "Public job posting API of each company on the watchlist; jobs link to the company's Ashby page.",
                    null),
            SourceName.REMOTIVE, new SourceInfo("Remotive", "https://remotive.com",
                    "https://github.com/remotive-com/remote-jobs-api",
                    "Jobs via Remotive: each job links back to its Remotive page and credits Remotive.",
                    "at most 4 fetches a day"),
            SourceName.ARBEITNOW, new SourceInfo("Arbeitnow", "https://www.arbeitnow.com",
                    "https://www.arbeitnow.com/blog/job-board-api",
                    "Jobs via Arbeitnow: each job links back to its Arbeitnow page.", null),
            SourceName.WWR, new SourceInfo("We Work Remotely", "https://weworkremotely.com",
                    "https://weworkremotely.com/api",
                    "Off by default: We Work Remotely's terms forbid using its data for a job-search service.", null));
}
