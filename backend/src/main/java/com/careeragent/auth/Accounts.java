package com.careeragent.auth;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.careeragent.shared.web.ApiProblem;

/** Registration, password checks and deletion of accounts. */
@Service
class Accounts {

    /** Compared against when the email is unknown, so both failures take the same bcrypt time. */
    private final String dummyHash;
    private final UserStore users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    Accounts(UserStore users, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.dummyHash = passwords.encode("career-agent-timing-equaliser");
    }

    UserRecord register(AuthRequests.Register request) {
        String email = EmailAddresses.canonical(request.email());
        return users.insert(email, passwords.encode(request.password()), request.fullName().trim())
                .orElseThrow(() -> ApiProblem.conflict("An account with this email already exists."));
    }

    /** @return the user when the password matches; unknown email and wrong password look the same */
    java.util.Optional<UserRecord> authenticate(String email, String password) {
        var user = users.findByEmail(email.trim());
        String hash = user.map(UserRecord::passwordHash).orElse(dummyHash);
        boolean matches = passwords.matches(password, hash);
        return matches ? user : java.util.Optional.empty();
    }

    UserRecord get(UserId id) {
        return users.findById(id.value())
                .orElseThrow(() -> ApiProblem.of(org.springframework.http.HttpStatus.UNAUTHORIZED, "Unauthorized",
                        "This account no longer exists."));
    }

    @Transactional
    void delete(UserId id) {
        if (users.delete(id.value())) {
            events.publishEvent(new AccountDeleted(id));
        }
    }
}
