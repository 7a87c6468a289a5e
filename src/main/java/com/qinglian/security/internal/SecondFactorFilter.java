package com.qinglian.security.internal;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecondFactorAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a session that needs a second factor has passed it, every page leads to the code form (or, for a
 * role that must have one and has none yet, to the enrolment): the password alone opens nothing else.
 */
public class SecondFactorFilter extends OncePerRequestFilter {

    public static final String CODE_PAGE = "/login/second-factor";
    public static final String ENROL_PAGE = "/account/second-factor/enrol";
    private static final List<String> PAGES = List.of(CODE_PAGE, ENROL_PAGE, "/logout", "/login", "/error");
    private static final List<String> FOLDERS = List.of("/error/", "/webjars/", "/css/", "/js/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof CurrentUser user
                && user.needsSecondFactor()
                && !SecondFactorAuthentication.passed(auth)) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            boolean allowed = PAGES.contains(path) || FOLDERS.stream().anyMatch(path::startsWith);
            if (!allowed) {
                if (path.startsWith("/api/") || request.getHeader("HX-Request") != null) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(
                            request.getContextPath() + (user.secondFactorEnrolled() ? CODE_PAGE : ENROL_PAGE));
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
