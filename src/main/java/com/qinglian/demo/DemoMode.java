package com.qinglian.demo;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccount;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether this is a local trial with the demo district: {@code QINGLIAN_DEMO=true} and the embedded
 * database. On any other database the flag is ignored, so production data can never get demo accounts.
 */
@Component
public class DemoMode {

    /** The password of every demo account; shown on the sign-in page in demo mode only. */
    public static final String PASSWORD = "qinglian-demo-2021";

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final boolean enabled;

    DemoMode(@Value("${qinglian.demo:false}") boolean requested, DataSource dataSource) throws java.sql.SQLException {
        String product;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        this.enabled = requested && "H2".equals(product);
        if (requested && !enabled) {
            log.warn(
                    "QINGLIAN_DEMO is set but the database is {}: the demo district is seeded on the embedded database only",
                    product);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Runs work as the given user, as the demo's reporters fill in their self-assessments. */
    static void actAs(String username, Role role, String unitCode, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        try {
            var user = new CurrentUser(
                    new UserAccount(username, username, role, unitCode, true, false, 0, null, 0), null, false);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A tiny valid PDF whose content differs by {@code label}, so that each file is its own. */
    static byte[] pdf(String label) {
        String ascii = label.replaceAll("[^A-Za-z0-9 .-]", "");
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                        + "% " + ascii + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
