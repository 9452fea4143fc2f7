package com.careeragent.auth;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

final class AuthResponses {

    private AuthResponses() {
    }

    record Account(UUID id, String email, String fullName) {
        static Account of(UserRecord user) {
            return new Account(user.id(), user.email(), user.fullName());
        }
    }

    /** The signed-in account, with what it may do beyond its own data, so the client shows only what works. */
    record CurrentAccount(UUID id, String email, String fullName,
            @Schema(description = "Whether this account may add and remove boards on the watchlist all users share "
                    + "(administrators named in CAREER_AGENT_ADMIN_EMAILS; every account in a development install "
                    + "without that list)")
            boolean canManageWatchlist) {
    }

    record Token(String accessToken, String tokenType, long expiresIn) {
    }
}
