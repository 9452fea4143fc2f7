package com.careeragent.shared.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a client caused or must know about, rendered as RFC 9457 {@code application/problem+json}.
 * Throw it from anywhere in a request; {@link ProblemHandler} writes it.
 */
public class ApiProblem extends ErrorResponseException {

    private ApiProblem(HttpStatus status, String title, String detail, HttpHeaders headers) {
        super(status, problem(status, title, detail), null);
        getHeaders().addAll(headers);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://career-agent.dev/problems/" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-")));
        return problem;
    }

    public static ApiProblem of(HttpStatus status, String title, String detail) {
        return new ApiProblem(status, title, detail, HttpHeaders.EMPTY);
    }

    public static ApiProblem badRequest(String detail) {
        return of(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    public static ApiProblem conflict(String detail) {
        return of(HttpStatus.CONFLICT, "Conflict", detail);
    }

    public static ApiProblem unprocessable(String detail) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable content", detail);
    }

    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        ApiProblem problem = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, headers);
        problem.getBody().setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    /** Adds a machine-readable member to the problem body (e.g. {@code errors}). */
    public ApiProblem with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public ApiProblem with(Map<String, Object> members) {
        members.forEach(this::with);
        return this;
    }
}
