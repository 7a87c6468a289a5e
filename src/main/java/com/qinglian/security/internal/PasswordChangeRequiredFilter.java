package com.qinglian.security.internal;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.UnitAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until a user with a one-time password has chosen their own, every page leads to the password form. */
public class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    public static final String PASSWORD_PAGE = "/account/password";
    private static final List<String> PAGES = List.of(PASSWORD_PAGE, "/logout", "/login", "/error");
    private static final List<String> FOLDERS = List.of("/error/", "/webjars/", "/css/", "/js/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = UnitAccess.current();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean allowed = PAGES.contains(path) || FOLDERS.stream().anyMatch(path::startsWith);
        if (user != null && user.mustChangePassword() && !allowed) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
