package com.careeragent.auth;

import java.util.UUID;

/** The signed-in user's id; declare it as a controller method parameter to receive it. */
public record UserId(UUID value) {

    public UserId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
