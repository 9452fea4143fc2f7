package com.careeragent.auth;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.careeragent.shared.ratelimit.RateLimiter;
import com.careeragent.shared.ratelimit.RateLimiter.Decision;
import com.careeragent.shared.ratelimit.RateLimiter.Limit;
import com.careeragent.shared.web.ApiProblem;

/**
 * Slows password guessing: 10 failed logins per account and per client address within 15 minutes,
 * then every attempt is refused with 429 until the bucket refills. Successes cost nothing.
 */
@Component
class LoginThrottle {

    static final Limit PER_ACCOUNT = new Limit("login-account", 10, Duration.ofMinutes(15));
    static final Limit PER_ADDRESS = new Limit("login-ip", 10, Duration.ofMinutes(15));

    private final RateLimiter limiter;

    LoginThrottle(RateLimiter limiter) {
        this.limiter = limiter;
    }

    void checkAllowed(String email, String clientAddress) {
        Decision account = limiter.peek(accountKey(email), PER_ACCOUNT);
        Decision address = limiter.peek(clientAddress, PER_ADDRESS);
        if (!account.allowed() || !address.allowed()) {
            long wait = Math.max(account.allowed() ? 0 : account.retryAfterSeconds(),
                    address.allowed() ? 0 : address.retryAfterSeconds());
            throw ApiProblem.tooManyRequests("Too many failed sign-in attempts. Try again in "
                    + wait + " seconds.", wait);
        }
    }

    void recordFailure(String email, String clientAddress) {
        limiter.consume(accountKey(email), PER_ACCOUNT);
        limiter.consume(clientAddress, PER_ADDRESS);
    }

    private static String accountKey(String email) {
        return EmailAddresses.canonical(email);
    }
}
