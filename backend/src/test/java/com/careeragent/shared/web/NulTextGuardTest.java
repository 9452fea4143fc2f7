package com.careeragent.shared.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NulTextGuardTest {

    private static boolean nul(String json) {
        return NulTextGuard.hasNul(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsAnEscapedNulButNotAnEscapedBackslashFollowedByU0000() {
        assertThat(nul("{\"a\":\"x\\u0000y\"}")).isTrue();
        assertThat(nul("{\"a\":\"x\\\\\\u0000\"}")).isTrue();   // an escaped backslash, then the NUL escape
        assertThat(nul("{\"a\":\"x\\\\u0000\"}")).isFalse();    // a backslash, then the text u0000
        assertThat(nul("{\"a\":\"\\u00001\"}")).isTrue();
        assertThat(nul("{\"a\":\"\\u0001 \\n ok\"}")).isFalse();
        assertThat(nul("{\"a\":\"ends with \\\\\"}")).isFalse();
        assertThat(nul("x\u0000")).isTrue();
    }
}
