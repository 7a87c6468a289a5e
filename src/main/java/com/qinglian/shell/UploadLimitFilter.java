package com.qinglian.shell;

import com.qinglian.shared.JsonText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An upload over the size limit answers 413 in the asker's terms: a Chinese page with the layout for a
 * browser, an RFC 9457 problem for the API, a plain sentence for an htmx request (shown by shell.js).
 *
 * <p>It runs before Spring Security because the CSRF check reads the form's parameters: on an oversized
 * multipart body the container fails that read, and the error dispatch failed it again, so the browser got
 * the container's bare English page. Here the body is parsed once, up front; a body over the limit is
 * answered at once, and the error page is reached by a forward that presents the request as a plain GET.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final DataSize maxFileSize;

    UploadLimitFilter(MessageSource messages, LocaleResolver locales, DataSize maxFileSize) {
        this.messages = messages;
        this.locales = locales;
        this.maxFileSize = maxFileSize;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            new StandardMultipartHttpServletRequest(request);
        } catch (MaxUploadSizeExceededException e) {
            tooLarge(request, response);
            return;
        } catch (MultipartException e) {
            // another fault of the body: the request goes on and is refused where it was before
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Locale locale = locales.resolveLocale(request);
        String limit = maxFileSize.toMegabytes() + " MB";
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        if (path.startsWith("/api/") || wantsJson(request)) {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":"
                            + JsonText.quote(messages.getMessage("error.413.title", null, locale))
                            + ",\"status\":413,\"detail\":"
                            + JsonText.quote(messages.getMessage("error.413.api", new Object[] {limit}, locale))
                            + ",\"instance\":" + JsonText.quote(path) + "}");
            return;
        }
        if (request.getHeader("HX-Request") != null) {
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(messages.getMessage("error.413.text", new Object[] {limit}, locale));
            return;
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute("uploadLimit", limit);
        request.getRequestDispatcher("/error").forward(new PlainGet(request), response);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** The refused request as a GET without parameters, so that nothing reads its body again on the way. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
