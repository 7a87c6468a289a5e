package com.qinglian.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the system sees them: name, role and, for unit reporters, their
 * unit. The password hash is erased once sign-in is done, so it never sits in a session.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final String username;
    private final String displayName;
    private final Role role;
    private final String unitCode;
    private final boolean active;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final Instant passwordChangedAt;
    private final boolean secondFactorEnrolled;
    private final boolean secondFactorRequired;
    private String passwordHash;

    public CurrentUser(UserAccount account, String passwordHash, boolean locked) {
        this(account, passwordHash, locked, null);
    }

    /** @param passwordChangedAt when the password was last set (null: never since the account was made) */
    public CurrentUser(UserAccount account, String passwordHash, boolean locked, Instant passwordChangedAt) {
        this(account, passwordHash, locked, passwordChangedAt, false, false);
    }

    /**
     * @param secondFactorEnrolled the user has a TOTP second factor: the session needs it before anything else
     * @param secondFactorRequired the user's role must have one: the session first enrols one
     */
    public CurrentUser(
            UserAccount account,
            String passwordHash,
            boolean locked,
            Instant passwordChangedAt,
            boolean secondFactorEnrolled,
            boolean secondFactorRequired) {
        this.secondFactorEnrolled = secondFactorEnrolled;
        this.secondFactorRequired = secondFactorRequired;
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.unitCode = account.unitCode();
        this.active = account.active();
        this.locked = locked;
        this.mustChangePassword = account.mustChangePassword();
        this.passwordChangedAt = passwordChangedAt;
        this.passwordHash = passwordHash;
    }

    /** When the password this session signed in with was set; a later change or reset ends the session. */
    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    /** This user after enrolling a second factor in this session. */
    public CurrentUser withSecondFactorEnrolled() {
        return copy(true, secondFactorRequired);
    }

    /** This user after removing their (optional) second factor. */
    public CurrentUser withoutSecondFactor() {
        return copy(false, secondFactorRequired);
    }

    private CurrentUser copy(boolean enrolled, boolean required) {
        UserAccount account =
                new UserAccount(username, displayName, role, unitCode, active, mustChangePassword, 0, null, 0);
        return new CurrentUser(account, null, locked, passwordChangedAt, enrolled, required);
    }

    public boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    /** Whether this session must pass a second factor (enrolling one first where the role requires it). */
    public boolean needsSecondFactor() {
        return secondFactorEnrolled || secondFactorRequired;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The unit of a unit reporter; null for every other role. */
    public String unitCode() {
        return unitCode;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
