package com.careeragent.auth;

import java.util.Locale;

/** The one form an email address is stored and compared in: trimmed and lower-case. */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static String canonical(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
