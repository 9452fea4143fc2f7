package com.careeragent.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured line per API request (method, path, status, duration, user id). Never logs bodies,
 * headers or query strings, so passwords and tokens cannot leak into logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("http.request");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI();
            if (path.startsWith("/api/") || path.startsWith("/auth/")) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                String user = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())
                        ? auth.getName() : "-";
                log.atInfo()
                        .addKeyValue("method", request.getMethod())
                        .addKeyValue("path", path)
                        .addKeyValue("status", response.getStatus())
                        .addKeyValue("durationMs", (System.nanoTime() - start) / 1_000_000)
                        .addKeyValue("user", user)
                        .addKeyValue("client", request.getRemoteAddr())
                        .log("{} {} -> {}", request.getMethod(), path, response.getStatus());
            }
        }
    }
}
