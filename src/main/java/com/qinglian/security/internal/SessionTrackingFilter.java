package com.qinglian.security.internal;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.UserSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ties each signed-in HTTP session to its row in the session list: opens the row on the first request after
 * a sign-in, and ends the HTTP session when the row was ended (by its user, an administrator, the limit of
 * sessions) or its lifetime is over. Only sessions from a real sign-in (form details present) are tracked.
 */
public class SessionTrackingFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = "qinglian.session";

    private final UserSessions sessions;

    public SessionTrackingFilter(UserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null
                && auth != null
                && auth.getPrincipal() instanceof CurrentUser user
                && auth.getDetails() instanceof WebAuthenticationDetails) {
            Object id = session.getAttribute(ATTRIBUTE);
            if (id == null) {
                session.setAttribute(
                        ATTRIBUTE,
                        sessions.open(user.getUsername(), request.getRemoteAddr(), request.getHeader("User-Agent")));
            } else if (!sessions.stillOpen(id.toString())) {
                SecurityContextHolder.clearContext();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
