package com.careeragent.shared.cache;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.GenericJacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;

/**
 * LLM results and other expensive answers are cached for 30 days: in Redis when {@code REDIS_URL} is
 * set (shared by every instance, keys such as {@code cv_parse:<sha256>}), otherwise in the process.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfig {

    static final Duration TTL = Duration.ofDays(30);

    @Bean
    @ConditionalOnBooleanProperty(name = "career-agent.redis.enabled")
    CacheManager redisCacheManager(RedisConnectionFactory connections) {
        RedisCacheConfiguration config = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(TTL)
                .computePrefixWith(cacheName -> cacheName + ":")
                .disableCachingNullValues()
                .serializeValuesWith(SerializationPair.fromSerializer(
                        GenericJacksonJsonRedisSerializer.builder().enableUnsafeDefaultTyping().build()));
        return RedisCacheManager.builder(connections).cacheDefaults(config).build();
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "career-agent.redis.enabled", havingValue = false, matchIfMissing = true)
    CacheManager localCacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setCaffeine(Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(10_000));
        return manager;
    }
}
