package com.qinglian.security;

import java.time.Instant;

/**
 * One signed-in session as its user and the administrators see it.
 *
 * @param id random, the application's own (not the servlet session id, which changes at sign-in)
 * @param endReason why it ended: logout, ended (by its user or an administrator), limit, lifetime
 */
public record UserSession(
        String id,
        String username,
        Instant signedInAt,
        Instant lastSeenAt,
        String clientAddress,
        String userAgent,
        Instant endedAt,
        String endReason) {

    public boolean ended() {
        return endedAt != null;
    }

    /** A short description of the browser for the list: the user agent cut to 80 characters. */
    public String browser() {
        if (userAgent == null) {
            return "";
        }
        return userAgent.length() <= 80 ? userAgent : userAgent.substring(0, 79) + "…";
    }
}
