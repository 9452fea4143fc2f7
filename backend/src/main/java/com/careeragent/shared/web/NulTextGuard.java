package com.careeragent.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON request body with a NUL character in a string (the escape <code>&#92;u0000</code>) as a 400 problem.
 * PostgreSQL text cannot hold NUL, so such a value would otherwise fail when it is stored, as a 500.
 */
@ControllerAdvice
class NulTextGuard extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        if (hasNul(body)) {
            throw ApiProblem.badRequest("Text in the request body must not contain NUL characters (\\u0000).");
        }
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    /**
     * A raw NUL byte, or a <code>&#92;u0000</code> escape whose backslash is not itself escaped (an odd run of
     * backslashes before {@code u0000}).
     */
    static boolean hasNul(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            if (json[i] == 0) {
                return true;
            }
            if (json[i] == '\\') {
                int run = 0;
                while (i + run < json.length && json[i + run] == '\\') {
                    run++;
                }
                i += run - 1;
                if (run % 2 == 1 && startsWith(json, i + 1, "u0000")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int from, String text) {
        if (from + text.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (bytes[from + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
