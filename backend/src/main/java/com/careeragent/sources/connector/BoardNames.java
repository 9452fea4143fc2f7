package com.careeragent.sources.connector;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lever and Ashby feeds (and old Greenhouse ones) do not name the company: the board token stands in. */
final class BoardNames {

    private BoardNames() {
    }

    static String company(String token) {
        return Arrays.stream(token.split("[-_.\\s]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
