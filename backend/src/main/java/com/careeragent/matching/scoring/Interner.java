package com.careeragent.matching.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Stable small integer ids for strings (title words, places), shared by jobs and profiles. Thread-safe. */
final class Interner {

    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Integer, String> values = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int id(String value) {
        Integer id = ids.get(value);
        return id != null ? id : ids.computeIfAbsent(value, v -> {
            int fresh = next.getAndIncrement();
            values.put(fresh, v);
            return fresh;
        });
    }

    String value(int id) {
        return values.get(id);
    }
}
