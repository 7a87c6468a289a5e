package com.qinglian.assessment;

import com.qinglian.security.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Evidence files and a way to act as a given user outside a request. */
public final class EvidenceFixtures {

    private EvidenceFixtures() {}

    /** A small, valid one-page PDF. */
    public static byte[] pdfBytes() {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    public static InputStream pdf() {
        return new ByteArrayInputStream(pdfBytes());
    }

    /** Runs {@code work} with {@code user} signed in, then signs out again. */
    public static <T> T uploadAs(CurrentUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
