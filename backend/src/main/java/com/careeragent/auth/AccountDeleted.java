package com.careeragent.auth;

/** Published after an account and everything it owned were deleted. */
public record AccountDeleted(UserId userId) {
}
