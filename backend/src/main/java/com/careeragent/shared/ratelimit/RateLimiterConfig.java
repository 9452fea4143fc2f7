package com.careeragent.shared.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimiterConfig {

    @Bean
    @ConditionalOnBooleanProperty(name = "career-agent.redis.enabled", havingValue = false, matchIfMissing = true)
    RateLimiter localRateLimiter() {
        Cache<String, Bucket> buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofHours(2))
                .maximumSize(100_000)
                .build();
        return new Bucket4jRateLimiter((key, config) ->
                buckets.get(key, k -> Bucket.builder().addLimit(config.getBandwidths()[0]).build()));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "career-agent.redis.enabled")
    static class Redis {

        @Bean(destroyMethod = "shutdown")
        RedisClient rateLimitRedisClient(@Value("${spring.data.redis.url}") String url) {
            return RedisClient.create(url);
        }

        @Bean(destroyMethod = "close")
        StatefulRedisConnection<String, byte[]> rateLimitRedisConnection(RedisClient client) {
            return client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        }

        @Bean
        RateLimiter redisRateLimiter(StatefulRedisConnection<String, byte[]> connection) {
            LettuceBasedProxyManager<String> proxies = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy
                            .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                    .build();
            return new Bucket4jRateLimiter((key, config) -> proxies.builder().build(key, () -> config));
        }
    }
}
