package com.careeragent.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careeragent.shared.config.AppProperties;

/**
 * Tells whether a signed-in user administers this installation and so may change what all users share,
 * such as the board watchlist (policy: {@link AdministratorPolicy}, setting {@code CAREER_AGENT_ADMIN_EMAILS}).
 */
@Component
public class Administrators {

    private static final Logger log = LoggerFactory.getLogger(Administrators.class);

    private final AdministratorPolicy policy;
    private final UserStore users;

    Administrators(AppProperties properties, UserStore users) {
        this.policy = AdministratorPolicy.of(properties.adminEmails(), properties.production());
        this.users = users;
        policy.startupWarning().ifPresent(log::warn);
    }

    public boolean includes(UserId user) {
        return users.findById(user.value()).map(this::includes).orElse(false);
    }

    boolean includes(UserRecord user) {
        return policy.admits(user.email());
    }
}
