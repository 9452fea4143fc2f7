package com.careeragent.sources.run;

import com.careeragent.jobs.IngestCounts;

/** Running totals of one source in one run. */
record SourceCounts(int found, int invalid, IngestCounts stored) {

    static final SourceCounts ZERO = new SourceCounts(0, 0, IngestCounts.NONE);

    SourceCounts plus(int moreFound, int moreInvalid, IngestCounts moreStored) {
        return new SourceCounts(found + moreFound, invalid + moreInvalid, stored.plus(moreStored));
    }
}
