package com.qinglian.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects never carry the request's Host header (which a client chooses freely): an absolute Location is
 * rewritten to the configured public address ({@code QINGLIAN_PUBLIC_URL}) or, without one, to a path on
 * this site. The application redirects only to itself, so nothing legitimate is lost.
 */
public class PublicAddressFilter extends OncePerRequestFilter {

    private final String publicUrl;

    /** @param publicUrl e.g. {@code https://qinglian.example.gov.cn}, or blank for relative redirects */
    public PublicAddressFilter(String publicUrl) {
        String trimmed = publicUrl == null ? "" : publicUrl.strip();
        this.publicUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(rewrite(location));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Location".equalsIgnoreCase(name) ? rewrite(value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Location".equalsIgnoreCase(name) ? rewrite(value) : value);
            }
        });
    }

    String rewrite(String location) {
        if (location == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return publicUrl + "/";
        }
        if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
        return publicUrl + path + query + fragment;
    }
}
