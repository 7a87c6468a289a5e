package com.qinglian.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per source address in a sliding window: past the limit, further attempts from that address
 * are refused without checking anything until older failures leave the window. Successful sign-ins do not
 * count, so an office behind one address is not held back by its own staff. The failures are database rows,
 * so the limit holds for the whole cluster (an attacker gains nothing by spreading attempts over nodes), and
 * rows older than the window are deleted as new failures come in.
 */
@Component
public class SignInRateLimit {

    /** Longest address kept (an IPv6 address with a zone fits); longer text is cut, never refused. */
    static final int MAX_ADDRESS = 64;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    SignInRateLimit(
            JdbcClient jdbc,
            Clock clock,
            @Value("${qinglian.security.sign-in-failures-per-address:30}") int limit,
            @Value("${qinglian.security.sign-in-window-minutes:15}") int windowMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = limit;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    /** Whether the address has used up its failed attempts for now. */
    public boolean exhausted(String address) {
        int recent = jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE address = ? AND failed_at >= ?")
                .params(key(address), since())
                .query(Integer.class)
                .single();
        return recent >= limit;
    }

    public void failed(String address) {
        OffsetDateTime since = since();
        jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?").param(since).update();
        jdbc.sql("INSERT INTO sign_in_failure (address, failed_at) VALUES (?, ?)")
                .params(key(address), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    private OffsetDateTime since() {
        return OffsetDateTime.ofInstant(clock.instant().minus(window), ZoneOffset.UTC);
    }

    private static String key(String address) {
        String text = String.valueOf(address);
        return text.length() > MAX_ADDRESS ? text.substring(0, MAX_ADDRESS) : text;
    }
}
