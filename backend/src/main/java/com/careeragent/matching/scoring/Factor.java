package com.careeragent.matching.scoring;

import java.util.List;

/**
 * One aspect of fit. {@link #fit} is the hot path (no allocation): a value in [0, 1], or NaN when one side
 * has no information. {@link #explain} reports the same number with the reasons behind it.
 */
interface Factor {

    String name();

    double fit(CompiledCandidate candidate, CompiledJob job);

    Finding explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting);

    /** The sentence summary and evidence of one factor for one job. */
    record Finding(String summary, List<Evidence> evidence) {
    }
}
