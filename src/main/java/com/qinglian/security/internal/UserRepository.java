package com.qinglian.security.internal;

import com.qinglian.security.Role;
import com.qinglian.security.UserAccount;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts in plain SQL. Password hashes never leave this class except to the authentication provider. */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UserAccount> findAll() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY role, username")
                .query(this::map)
                .list();
    }

    /** The active accounts of one role, by name: the evaluators an organiser assigns, say. */
    public List<UserAccount> findActive(Role role) {
        return jdbc.sql("SELECT * FROM app_user WHERE role = ? AND active ORDER BY username")
                .param(role.name())
                .query(this::map)
                .list();
    }

    /** The user list's sort keys and the columns they sort by: nothing else reaches the ORDER BY. */
    public static final SortKeys<String> SORTS = SortKeys.of("role", "role")
            .and("username", "username")
            .and("displayName", "display_name")
            .and("unit", "unit_code")
            .and("status", "active");

    private static final String MATCHING = """
             WHERE (CAST(:like AS VARCHAR) IS NULL OR username ILIKE :like ESCAPE '\\'
                    OR display_name ILIKE :like ESCAPE '\\' OR unit_code ILIKE :like ESCAPE '\\')
               AND (CAST(:role AS VARCHAR) IS NULL OR role = :role)
               AND (CAST(:active AS BOOLEAN) IS NULL OR active = :active)
            """;

    /** One page of the accounts whose name, display name or unit matches, of a role and status if given. */
    public Page<UserAccount> page(ListQuery query, Role role, Boolean active) {
        long total = matching("SELECT COUNT(*) FROM app_user" + MATCHING, query, role, active)
                .query(Long.class)
                .single();
        ListQuery within = query.within(total);
        List<UserAccount> rows = matching(
                        "SELECT * FROM app_user" + MATCHING + " ORDER BY " + SORTS.orderBy(within, "username")
                                + " LIMIT :limit OFFSET :offset",
                        within,
                        role,
                        active)
                .param("limit", within.size())
                .param("offset", within.offset())
                .query(this::map)
                .list();
        return new Page<>(rows, total, within);
    }

    private JdbcClient.StatementSpec matching(String sql, ListQuery query, Role role, Boolean active) {
        return jdbc.sql(sql)
                .param("like", query.likePattern())
                .param("role", role == null ? null : role.name())
                .param("active", active);
    }

    public Optional<UserAccount> find(String username) {
        if (!aPossibleName(username)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?")
                .param(username)
                .query(this::map)
                .optional();
    }

    /** The account whose name is this one in any letter case ({@code Eval1} finds {@code eval1}). */
    public Optional<UserAccount> findIgnoringCase(String username) {
        if (!aPossibleName(username)) {
            return Optional.empty();
        }
        return jdbc
                .sql("SELECT * FROM app_user WHERE LOWER(username) = LOWER(?) ORDER BY username")
                .param(username)
                .query(this::map)
                .list()
                .stream()
                .findFirst();
    }

    /**
     * Whether an account could have this name: a name typed with a NUL byte never can, and PostgreSQL refuses
     * NUL even in a comparison, so a sign-in with one is an unknown user, not a server error.
     */
    private static boolean aPossibleName(String username) {
        return username != null && username.indexOf('\u0000') < 0;
    }

    /** The account, its row held until the transaction ends, so that concurrent sign-ins are counted one by one. */
    public Optional<UserAccount> findForUpdate(String username) {
        if (!aPossibleName(username)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM app_user WHERE username = ? FOR UPDATE")
                .param(username)
                .query(this::map)
                .optional();
    }

    /** When the password was last set; empty when it never was since the account was made. */
    public Optional<Instant> passwordChangedAt(String username) {
        return jdbc.sql("SELECT password_changed_at FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("password_changed_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .optional()
                .flatMap(v -> v);
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = ?")
                        .param(role.name())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public int countActive(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = ? AND active = TRUE")
                .param(role.name())
                .query(Integer.class)
                .single();
    }

    public void insert(UserAccount user, String passwordHash, Instant now) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, unit_code, active,
                                      must_change_password, failed_attempts, version, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?)
                """)
                .params(
                        user.username(),
                        user.displayName(),
                        passwordHash,
                        user.role().name(),
                        user.unitCode(),
                        user.active(),
                        user.mustChangePassword(),
                        at(now))
                .update();
    }

    /** Saves profile and state if nobody changed the account since {@code user.version()}. */
    public boolean update(UserAccount user) {
        return jdbc.sql("""
                UPDATE app_user SET display_name = ?, role = ?, unit_code = ?, active = ?, must_change_password = ?,
                                    failed_attempts = ?, locked_until = ?, version = version + 1
                 WHERE username = ? AND version = ?
                """)
                        .params(
                                user.displayName(),
                                user.role().name(),
                                user.unitCode(),
                                user.active(),
                                user.mustChangePassword(),
                                user.failedAttempts(),
                                at(user.lockedUntil()),
                                user.username(),
                                user.version())
                        .update()
                == 1;
    }

    /** Records a sign-in outcome whatever the version: sign-ins must never fail on a concurrent edit. */
    public void updateSignInState(UserAccount user) {
        jdbc.sql("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE username = ?")
                .params(user.failedAttempts(), at(user.lockedUntil()), user.username())
                .update();
    }

    public void updatePassword(String username, String passwordHash, boolean mustChange, Instant now) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = ?, must_change_password = ?, failed_attempts = 0, locked_until = NULL,
                                    password_changed_at = ?, version = version + 1
                 WHERE username = ?
                """).params(passwordHash, mustChange, at(now), username).update();
    }

    private UserAccount map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new UserAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("unit_code"),
                rs.getBoolean("active"),
                rs.getBoolean("must_change_password"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(),
                rs.getInt("version"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
