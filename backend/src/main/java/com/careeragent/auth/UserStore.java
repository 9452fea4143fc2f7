package com.careeragent.auth;

import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new user, or empty when the email is taken (case-insensitively) */
    Optional<UserRecord> insert(String email, String passwordHash, String fullName) {
        try {
            return Optional.of(jdbc.sql("""
                            INSERT INTO users (email, password_hash, full_name) VALUES (:email, :hash, :name)
                            RETURNING id, email, password_hash, full_name""")
                    .param("email", email)
                    .param("hash", passwordHash)
                    .param("name", fullName)
                    .query(UserRecord.class)
                    .single());
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    Optional<UserRecord> findByEmail(String email) {
        return jdbc.sql("SELECT id, email, password_hash, full_name FROM users WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query(UserRecord.class)
                .optional();
    }

    Optional<UserRecord> findById(UUID id) {
        return jdbc.sql("SELECT id, email, password_hash, full_name FROM users WHERE id = :id")
                .param("id", id)
                .query(UserRecord.class)
                .optional();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM users WHERE id = :id").param("id", id).update() == 1;
    }
}
