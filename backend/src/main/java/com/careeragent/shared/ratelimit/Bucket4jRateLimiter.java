package com.careeragent.shared.ratelimit;

import java.time.Duration;
import java.util.function.BiFunction;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/** The store (process memory or Redis) only decides where a bucket's state lives. */
final class Bucket4jRateLimiter implements RateLimiter {

    private final BiFunction<String, BucketConfiguration, Bucket> buckets;

    Bucket4jRateLimiter(BiFunction<String, BucketConfiguration, Bucket> buckets) {
        this.buckets = buckets;
    }

    @Override
    public Decision consume(String key, Limit limit) {
        ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public Decision peek(String key, Limit limit) {
        EstimationProbe probe = bucket(key, limit).estimateAbilityToConsume(1);
        return new Decision(probe.canBeConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key, Limit limit) {
        return buckets.apply("rate:" + limit.name() + ":" + key, configuration(limit));
    }

    static BucketConfiguration configuration(Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(BandwidthBuilder.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period())
                        .build())
                .build();
    }
}
