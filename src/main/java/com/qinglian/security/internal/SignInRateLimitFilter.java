package com.qinglian.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses sign-in posts (password and second factor) from an address that used up its failed attempts. */
public class SignInRateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("com.qinglian.security.events");
    private static final List<String> FORMS = List.of("/login", SecondFactorFilter.CODE_PAGE);

    private final SignInRateLimit limit;

    public SignInRateLimitFilter(SignInRateLimit limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && FORMS.contains(path) && limit.exhausted(request.getRemoteAddr())) {
            log.warn("sign-in refused: too many failures from address={}", request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
