package com.careeragent.profile.cv;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.careeragent.profile.ProfileProperties;
import com.careeragent.shared.ratelimit.RateLimiter;
import com.careeragent.shared.web.ProblemWriter;

/**
 * Counts every CV upload request per client address — accepted, refused, too large or unauthenticated —
 * before the multipart body is read, and answers 429 with Retry-After once the hourly budget is spent.
 * The bucket lives in Redis when configured, so all instances share it.
 */
class UploadRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimiter.Limit limit;
    private final ProblemWriter problems;

    UploadRateLimitFilter(RateLimiter limiter, int perHour, ProblemWriter problems) {
        this.limiter = limiter;
        this.limit = new RateLimiter.Limit("cv-upload", perHour, Duration.ofHours(1));
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/api/profile/cv".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision = limiter.consume(request.getRemoteAddr(), limit);
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "At most " + limit.capacity() + " CV uploads per hour are allowed. Try again in "
                        + decision.retryAfterSeconds() + " seconds.");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<UploadRateLimitFilter> uploadRateLimitFilter(RateLimiter limiter,
                ProfileProperties properties, ProblemWriter problems) {
            FilterRegistrationBean<UploadRateLimitFilter> bean = new FilterRegistrationBean<>(
                    new UploadRateLimitFilter(limiter, properties.uploadsPerHour(), problems));
            bean.addUrlPatterns("/api/profile/cv");
            bean.setOrder(-110); // before Spring Security (-100): unauthenticated attempts count too
            return bean;
        }
    }
}
