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
        if (user != null && revoked(user, users.find(user.getUsername()))) {
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

    static boolean revoked(CurrentUser user, Optional<UserAccount> account) {
        return account.map(a -> !a.active() || a.mustChangePassword() && !user.mustChangePassword()).orElse(false);
    }
}
