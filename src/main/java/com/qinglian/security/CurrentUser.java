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
    private String passwordHash;

    public CurrentUser(UserAccount account, String passwordHash, boolean locked) {
        this(account, passwordHash, locked, null);
    }

    /** @param passwordChangedAt when the password was last set (null: never since the account was made) */
    public CurrentUser(UserAccount account, String passwordHash, boolean locked, Instant passwordChangedAt) {
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
