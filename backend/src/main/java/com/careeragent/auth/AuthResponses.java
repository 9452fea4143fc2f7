package com.careeragent.auth;

import java.util.UUID;

final class AuthResponses {

    private AuthResponses() {
    }

    record Account(UUID id, String email, String fullName) {
        static Account of(UserRecord user) {
            return new Account(user.id(), user.email(), user.fullName());
        }
    }

    record Token(String accessToken, String tokenType, long expiresIn) {
    }
}
