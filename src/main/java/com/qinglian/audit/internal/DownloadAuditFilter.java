package com.qinglian.audit.internal;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every file a signed-in user downloads (any response served as an attachment: scores, results, progress,
 * scoring sheets, evidence, exports) leaves an audit entry DOWNLOAD with the path and the file name, whichever
 * module served it, so that no export can be added without being audited. Runs inside the security filters,
 * after the response is written.
 */
@Configuration(proxyBeanMethods = false)
class DownloadAuditFilter {

    static final String ACTION = AuditActions.DOWNLOAD;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> downloadAudit(AuditTrail trail) {
        return new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                String disposition = response.getHeader("Content-Disposition");
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (disposition != null
                        && disposition.toLowerCase(java.util.Locale.ROOT).startsWith("attachment")
                        && response.getStatus() < 300
                        && auth != null
                        && auth.isAuthenticated()
                        && !(auth instanceof AnonymousAuthenticationToken)) {
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("file", disposition);
                    after.put("query", request.getQueryString());
                    trail.record(AuditEvent.of(ACTION, "download", request.getRequestURI(), null, after));
                }
            }
        });
    }
}
