package com.careeragent.matching.scoring;

/**
 * A job reduced to arrays and numbers for fast scoring: skill ids (required, nice to have, spoken languages)
 * with weights from how prominent the posting makes each skill, its main stack skills, title word ids with
 * weights and the skill each word names (-1 for none), the role family of the title (-1 when unknown),
 * seniority level, place ids, yearly salary, posting day. About 300 bytes each; the index holds one per open
 * duplicate cluster.
 */
public record CompiledJob(
        long id,
        long clusterKey,
        int[] required,
        float[] requiredWeights,
        int[] preferred,
        float[] preferredWeights,
        int[] stack,
        float[] stackWeights,
        int[] languages,
        int[] titleWords,
        float[] titleWeights,
        int[] titleSkills,
        float titleTotal,
        int family,
        int level,
        int minYears,
        boolean remote,
        int[] places,
        byte[] placeKinds,
        boolean anywhere,
        long salaryMin,
        long salaryMax,
        int currency,
        long postedEpochDay) {

    static final long NO_DATE = Long.MIN_VALUE;
    static final byte CITY = 0;
    static final byte COUNTRY = 1;
    static final byte AREA = 2;
}
