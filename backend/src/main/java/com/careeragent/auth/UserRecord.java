package com.careeragent.auth;

import java.util.UUID;

record UserRecord(UUID id, String email, String passwordHash, String fullName) {
}
