package com.careeragent.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.careeragent.jobs.SourceName;
import com.careeragent.shared.web.ApiProblem;

/** Parses source names from requests: lowercase only; an unknown name is a 400. */
public final class SourceNames {

    private SourceNames() {
    }

    public static List<SourceName> parseAll(List<String> names) {
        List<SourceName> parsed = new ArrayList<>();
        for (String name : names) {
            parsed.add(parse(name));
        }
        return parsed;
    }

    public static SourceName parse(String name) {
        return SourceName.parse(name).orElseThrow(() -> ApiProblem.badRequest("Unknown source '" + name
                + "'. Known sources: " + Arrays.stream(SourceName.values()).map(SourceName::id)
                .collect(Collectors.joining(", ")) + "."));
    }
}
