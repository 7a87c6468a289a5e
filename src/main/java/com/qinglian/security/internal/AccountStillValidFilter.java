package com.qinglian.security.internal;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.UnitAccess;
import com.qinglian.security.UserAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account is deactivated or its password reset by an
 * administrator, instead of letting it run on until it idles out.
 */
public class AccountStillValidFilter extends OncePerRequestFilter {

    private final UserRepository users;

    public AccountStillValidFilter(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = UnitAccess.current();
        if (user != null
                && revoked(user, users.find(user.getUsername()), users.passwordChangedAt(user.getUsername()))) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Deactivated, or the password was set again (reset, or changed in another session) after this sign-in. */
    static boolean revoked(CurrentUser user, Optional<UserAccount> account, Optional<Instant> passwordChangedAt) {
        if (account.isEmpty()) {
            return false;
        }
        boolean newPassword = passwordChangedAt
                .map(changed -> user.passwordChangedAt() == null || changed.isAfter(user.passwordChangedAt()))
                .orElse(false);
        return !account.get().active() || newPassword;
    }
}
