package com.careeragent.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

final class AuthRequests {

    private AuthRequests() {
    }

    record Register(
            @NotBlank(message = "is required") @Email(message = "must be a valid email address")
            @Size(max = 254, message = "must be at most 254 characters") String email,
            @NotBlank(message = "is required")
            @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String fullName) {
    }

    record Login(
            @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String email,
            @NotBlank(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String password) {
    }
}
