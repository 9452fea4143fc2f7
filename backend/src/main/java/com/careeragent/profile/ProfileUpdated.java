package com.careeragent.profile;

import com.careeragent.auth.UserId;

/** Published after a user's profile or skills changed (CV upload, edit, skill added or removed). */
public record ProfileUpdated(UserId userId) {
}
