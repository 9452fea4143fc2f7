package com.careeragent.matching.tracking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an application stands. The pipeline runs new → saved → applied → interviewing → offer → accepted
 * (skipping steps is fine, going back is not); rejected and withdrawn can end any unfinished match.
 */
public enum MatchStatus {
    NEW, SAVED, APPLIED, INTERVIEWING, OFFER, ACCEPTED, REJECTED, WITHDRAWN;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MatchStatus> parse(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.value().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public boolean isFinal() {
        return this == ACCEPTED || this == REJECTED || this == WITHDRAWN;
    }

    /** Whether a match may move from this status to {@code next}. Staying put is always allowed. */
    public boolean canMoveTo(MatchStatus next) {
        if (next == this) {
            return true;
        }
        if (isFinal()) {
            return false;
        }
        if (next == REJECTED || next == WITHDRAWN) {
            return true;
        }
        return next.ordinal() > ordinal() && next.ordinal() <= ACCEPTED.ordinal();
    }
}
