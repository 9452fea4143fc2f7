package com.careeragent.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string carrying a NUL character ({@code %00}) with a 400 problem. PostgreSQL text cannot
 * hold NUL, so such a value would otherwise fail deep inside a query as a 500. Only the query string is
 * read: reading parameters would consume a form body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulParameterFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    NulParameterFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasNul(request.getQueryString())) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "Bad request",
                    "Query parameters must not contain NUL characters (%00).");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Percent-encoding yields NUL only from {@code %00} (UTF-8 encodes U+0000 as the single byte 0x00), and a
     * raw NUL never gets past the request line, so no decoding is needed.
     */
    static boolean hasNul(String queryString) {
        return queryString != null && queryString.contains("%00");
    }
}
