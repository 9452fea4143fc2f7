package com.careeragent.sources.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Canonical links: http(s) only, lowercase scheme and host, tracking parameters removed. Anything else
 * ({@code javascript:}, {@code data:}, garbage) is dropped rather than shown to a user.
 */
public final class ApplyUrls {

    private static final Set<String> TRACKING = Set.of("ref", "referrer", "ref_src", "source_ref", "gh_src",
            "lever-source", "lever-origin", "lever-source[]", "fbclid", "gclid", "dclid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "_hsenc", "_hsmi", "igshid", "trk", "trackingid", "src_ref");

    private ApplyUrls() {
    }

    public static String canonical(String raw) {
        String url = TextCleaner.line(raw);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
                return null;
            }
            StringBuilder out = new StringBuilder(scheme).append("://");
            if (uri.getRawUserInfo() != null) {
                return null;
            }
            out.append(uri.getHost().toLowerCase(Locale.ROOT));
            if (uri.getPort() != -1) {
                out.append(':').append(uri.getPort());
            }
            out.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
            String query = keptQuery(uri.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            if (uri.getRawFragment() != null && !uri.getRawFragment().isEmpty()) {
                out.append('#').append(uri.getRawFragment());
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }
}
