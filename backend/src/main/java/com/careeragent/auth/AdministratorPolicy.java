package com.careeragent.auth;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who administers the installation, i.e. may change what every user shares (the board watchlist).
 * With {@code CAREER_AGENT_ADMIN_EMAILS} set, exactly those accounts. Without it, a development install is
 * taken for a one-person install where everyone is; a production install has nobody, because there anyone
 * who signs up would otherwise be able to change what all users rely on.
 *
 * @param emails     the named administrators, lower-case
 * @param production whether this is a production install
 */
record AdministratorPolicy(Set<String> emails, boolean production) {

    static AdministratorPolicy of(List<String> configured, boolean production) {
        Set<String> emails = configured.stream().map(EmailAddresses::canonical).filter(e -> !e.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new AdministratorPolicy(emails, production);
    }

    boolean admits(String email) {
        if (emails.isEmpty()) {
            return !production;
        }
        return emails.contains(EmailAddresses.canonical(email));
    }

    /** The start-up warning when nobody can administer this install, so the operator learns how to fix it. */
    Optional<String> startupWarning() {
        if (production && emails.isEmpty()) {
            return Optional.of("No administrators are named, so nobody can change the board watchlist at run time "
                    + "(the configured CAREER_AGENT_SOURCES_*_BOARDS still apply). Name them with "
                    + "CAREER_AGENT_ADMIN_EMAILS=admin@example.com,other@example.com");
        }
        return Optional.empty();
    }
}
