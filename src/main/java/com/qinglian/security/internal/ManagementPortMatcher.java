package com.qinglian.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches requests that arrived on the separate management port (QINGLIAN_MANAGEMENT_PORT), never on the public
 * one. Boot records both ports once the servers listen, random ones included.
 */
public class ManagementPortMatcher implements RequestMatcher {

    private final Environment environment;

    public ManagementPortMatcher(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        Integer management = environment.getProperty("local.management.port", Integer.class);
        Integer server = environment.getProperty("local.server.port", Integer.class);
        return management != null && !management.equals(server) && request.getLocalPort() == management;
    }
}
