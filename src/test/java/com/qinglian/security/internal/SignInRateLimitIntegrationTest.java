package com.qinglian.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.support.DatabaseTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The per-address limit of failed sign-ins is kept in the database: two nodes (two instances on one database)
 * count the same failures, the window slides, and old rows are cleared as new failures arrive.
 */
@DatabaseTest
class SignInRateLimitIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private static String anAddress() {
        return "198.51.100." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void failuresOnOneNodeCountOnTheOther() {
        Clock now = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
        SignInRateLimit first = new SignInRateLimit(jdbc, now, 3, 15);
        SignInRateLimit second = new SignInRateLimit(jdbc, now, 3, 15);
        String address = anAddress();

        first.failed(address);
        second.failed(address);
        assertThat(first.exhausted(address)).isFalse();
        first.failed(address);

        assertThat(second.exhausted(address))
                .as("three failures across two nodes")
                .isTrue();
        assertThat(first.exhausted(anAddress())).as("another address").isFalse();
    }

    @Test
    void failuresLeaveTheWindowAndOldRowsAreCleared() {
        String address = anAddress();
        Instant start = Instant.parse("2026-11-30T09:00:00Z");
        SignInRateLimit then = new SignInRateLimit(jdbc, Clock.fixed(start, ZoneOffset.UTC), 2, 15);
        then.failed(address);
        then.failed(address);
        assertThat(then.exhausted(address)).isTrue();

        Clock later = Clock.fixed(start.plus(Duration.ofMinutes(16)), ZoneOffset.UTC);
        SignInRateLimit afterwards = new SignInRateLimit(jdbc, later, 2, 15);
        assertThat(afterwards.exhausted(address)).isFalse();
        afterwards.failed(anAddress());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE address = ?")
                        .param(address)
                        .query(Integer.class)
                        .single())
                .as("rows older than the window are gone")
                .isZero();
    }

    @Test
    void anOverlongAddressIsCutNotRefused() {
        SignInRateLimit limit = new SignInRateLimit(jdbc, Clock.systemUTC(), 1, 15);
        String longAddress = "x".repeat(300);
        limit.failed(longAddress);
        assertThat(limit.exhausted(longAddress)).isTrue();
    }
}
