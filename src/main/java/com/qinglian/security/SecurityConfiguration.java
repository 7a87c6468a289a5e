package com.qinglian.security;

import com.qinglian.security.internal.AccountStillValidFilter;
import com.qinglian.security.internal.ManagementPortMatcher;
import com.qinglian.security.internal.PasswordChangeRequiredFilter;
import com.qinglian.security.internal.SecondFactorFilter;
import com.qinglian.security.internal.SessionTrackingFilter;
import com.qinglian.security.internal.SignInRateLimit;
import com.qinglian.security.internal.SignInRateLimitFilter;
import com.qinglian.security.internal.UnknownPaths;
import com.qinglian.security.internal.UserRepository;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Deny by default: every URL the application serves is listed here with the roles that may reach
 * it, and anything unlisted is refused (a path that nothing serves is refused with 404, so that a mistyped
 * address reads as such). Data-level rules (own unit, assigned units) are checked in
 * the services through {@link UnitAccess}. Published rubrics are public documents.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    // Commands that start the application without a web server (generate) have no HTTP security to build.
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserRepository users,
            UserSessions sessions,
            SignInRateLimit rateLimit,
            AccessRefusals refusals,
            Environment environment,
            ApplicationContext context)
            throws Exception {
        UnknownPaths unknown = new UnknownPaths(context);
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
        // metrics only on the management port, which is kept off the public network
        ManagementPortMatcher managementPort = new ManagementPortMatcher(environment);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(managementPort)
                        .permitAll()
                        .requestMatchers(
                                "/",
                                "/login",
                                "/error",
                                "/error/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/public/campaigns/*/notice")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/campaigns/*/results", "/api/campaigns/*/rankings")
                        .hasAnyRole("ADMIN", "LEADER")
                        .requestMatchers(HttpMethod.GET, "/api/campaigns/*/units/*/breakdown")
                        .authenticated()
                        .requestMatchers("/appeals")
                        .hasAnyRole("ADMIN", "EVALUATOR")
                        .requestMatchers("/campaigns/*/appeals", "/campaigns/*/appeals/**")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/rubrics",
                                "/rubrics/*/*",
                                "/rubrics/*/*/download",
                                "/api/rubrics",
                                "/api/rubrics/*/*")
                        .permitAll()
                        .requestMatchers("/rubrics/**", "/api/rubrics/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/units", "/units/export")
                        .hasAnyRole("ADMIN", "LEADER")
                        .requestMatchers("/units/new", "/units/import", "/units/template")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/units/*")
                        .authenticated()
                        .requestMatchers("/units", "/units/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/campaigns/new")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                HttpMethod.GET,
                                "/dashboard",
                                "/dashboard/**",
                                "/campaigns/*/dashboard",
                                "/campaigns/*/dashboard/**")
                        .hasAnyRole("ADMIN", "LEADER")
                        .requestMatchers(
                                "/campaigns/*/reminders", "/notifications/deliveries", "/notifications/deliveries/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/notifications", "/notifications/**")
                        .authenticated()
                        .requestMatchers("/campaigns/*/self-assessment")
                        .hasRole("UNIT_REPORTER")
                        .requestMatchers("/evaluations", "/campaigns/*/scoring-sheet", "/campaigns/*/scoring-sheet/**")
                        .hasAnyRole("ADMIN", "EVALUATOR")
                        .requestMatchers("/campaigns/*/units/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/campaigns/*/results/units/*/score-sheet.*")
                        .hasAnyRole("ADMIN", "LEADER", "UNIT_REPORTER")
                        .requestMatchers(
                                HttpMethod.GET,
                                "/campaigns/*/results/ranking.*",
                                "/campaigns/*/results/workbook.xlsx",
                                "/campaigns/*/results/score-sheets.zip")
                        .hasAnyRole("ADMIN", "LEADER")
                        .requestMatchers(
                                HttpMethod.GET,
                                "/campaigns/*/progress",
                                "/campaigns/*/progress/export",
                                "/campaigns/*/results",
                                "/campaigns/*/results/disagreements",
                                "/campaigns/*/results/export",
                                "/campaigns/*/results/units/*")
                        .hasAnyRole("ADMIN", "LEADER")
                        .requestMatchers(HttpMethod.GET, "/campaigns", "/campaigns/*")
                        .hasAnyRole("ADMIN", "LEADER")
                        .requestMatchers(
                                "/campaigns/*/ledger",
                                "/campaigns/*/ledger/**",
                                "/campaigns/*/surveys",
                                "/campaigns/*/surveys/**",
                                "/campaigns/*/inspections",
                                "/campaigns/*/inspections/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/campaigns", "/campaigns/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/users", "/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/account/**", SecondFactorFilter.CODE_PAGE)
                        .authenticated()
                        .requestMatchers("/audit/**")
                        .hasRole("AUDITOR")
                        .anyRequest()
                        .denyAll())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, auth) -> {
                            HttpSession session = request.getSession(false);
                            if (session != null && session.getAttribute(SessionTrackingFilter.ATTRIBUTE) != null) {
                                sessions.signedOut(session.getAttribute(SessionTrackingFilter.ATTRIBUTE)
                                        .toString());
                            }
                        })
                        // The browser drops what it kept for this site: cache, cookies, storage (the
                        // self-assessment drafts in localStorage among them).
                        // Written on every sign-out (Spring's writer sends it over HTTPS only; browsers honour
                        // it on HTTPS and localhost). The page script also removes the drafts at sign-out.
                        .addLogoutHandler((request, response, auth) ->
                                response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\""))
                        .permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, missing) -> {
                            if (unknown.isUnknown(request)) {
                                // not worth returning to after signing in
                                new HttpSessionRequestCache().removeRequest(request, response);
                                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                            } else {
                                signIn.commence(request, response, missing);
                            }
                        })
                        .accessDeniedHandler((request, response, denied) -> {
                            if (unknown.isUnknown(request)) {
                                refusals.refused(request, HttpServletResponse.SC_NOT_FOUND);
                                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                                return;
                            }
                            refusals.refused(request, HttpServletResponse.SC_FORBIDDEN);
                            new AccessDeniedHandlerImpl().handle(request, response, denied);
                        }))
                .addFilterBefore(new SignInRateLimitFilter(rateLimit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountStillValidFilter(users), AuthorizationFilter.class)
                .addFilterBefore(new SessionTrackingFilter(sessions), AuthorizationFilter.class)
                .addFilterBefore(new SecondFactorFilter(), AuthorizationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
