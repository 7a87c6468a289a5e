package com.qinglian.security.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The TOTP second factor and recovery codes of accounts, in plain SQL. */
@Repository
public class SecondFactorRepository {

    /** What is stored of one account's second factor. */
    public record State(
            String encryptedSecret, Instant enrolledAt, long lastStep, int failedAttempts, Instant lockedUntil) {

        public boolean enrolled() {
            return encryptedSecret != null;
        }
    }

    private final JdbcClient jdbc;

    SecondFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<State> find(String username) {
        return jdbc.sql("""
                SELECT totp_secret, totp_enrolled_at, totp_last_step, totp_failed_attempts, totp_locked_until
                  FROM app_user WHERE username = ?
                """)
                .param(username)
                .query((rs, n) -> new State(
                        rs.getString("totp_secret"),
                        instant(rs.getObject("totp_enrolled_at", OffsetDateTime.class)),
                        rs.getLong("totp_last_step"),
                        rs.getInt("totp_failed_attempts"),
                        instant(rs.getObject("totp_locked_until", OffsetDateTime.class))))
                .optional();
    }

    public java.util.Set<String> enrolledUsers() {
        return new java.util.HashSet<>(jdbc.sql("SELECT username FROM app_user WHERE totp_secret IS NOT NULL")
                .query(String.class)
                .list());
    }

    public boolean isEnrolled(String username) {
        return find(username).map(State::enrolled).orElse(false);
    }

    /** Stores a confirmed secret and replaces any recovery codes with the given hashes. */
    public void enrol(String username, String encryptedSecret, long step, Instant now, Collection<String> codeHashes) {
        jdbc.sql("""
                UPDATE app_user SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = ?,
                                    totp_failed_attempts = 0, totp_locked_until = NULL
                 WHERE username = ?
                """).params(encryptedSecret, at(now), step, username).update();
        replaceRecoveryCodes(username, codeHashes);
    }

    public void replaceRecoveryCodes(String username, Collection<String> codeHashes) {
        jdbc.sql("DELETE FROM recovery_code WHERE username = ?").param(username).update();
        for (String hash : codeHashes) {
            jdbc.sql("INSERT INTO recovery_code (username, code_hash) VALUES (?, ?)")
                    .params(username, hash)
                    .update();
        }
    }

    public void remove(String username) {
        jdbc.sql("""
                UPDATE app_user SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL,
                                    totp_failed_attempts = 0, totp_locked_until = NULL
                 WHERE username = ?
                """).param(username).update();
        jdbc.sql("DELETE FROM recovery_code WHERE username = ?").param(username).update();
    }

    /** Marks the recovery code used; false when it is unknown or was used before. */
    public boolean useRecoveryCode(String username, String codeHash, Instant now) {
        return jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE username = ? AND code_hash = ? AND used_at IS NULL")
                        .params(at(now), username, codeHash)
                        .update()
                == 1;
    }

    public int unusedRecoveryCodes(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE username = ? AND used_at IS NULL")
                .param(username)
                .query(Integer.class)
                .single();
    }

    public void succeeded(String username, long step) {
        jdbc.sql("""
                UPDATE app_user SET totp_last_step = GREATEST(COALESCE(totp_last_step, 0), ?),
                                    totp_failed_attempts = 0, totp_locked_until = NULL
                 WHERE username = ?
                """).params(step, username).update();
    }

    public void failed(String username, int attempts, Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET totp_failed_attempts = ?, totp_locked_until = ? WHERE username = ?")
                .params(attempts, at(lockedUntil), username)
                .update();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
