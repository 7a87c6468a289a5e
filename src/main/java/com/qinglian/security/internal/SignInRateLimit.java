package com.qinglian.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per source address in a sliding window: past the limit, further attempts from that address
 * are refused without checking anything until older failures leave the window. Successful sign-ins do not
 * count, so an office behind one address is not held back by its own staff. Kept in memory (bounded): a
 * restart forgets, which only ever lets an attacker start a new window.
 */
@Component
public class SignInRateLimit {

    private static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    SignInRateLimit(
            Clock clock,
            @Value("${qinglian.security.sign-in-failures-per-address:30}") int limit,
            @Value("${qinglian.security.sign-in-window-minutes:15}") int windowMinutes) {
        this.clock = clock;
        this.limit = limit;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    /** Whether the address has used up its failed attempts for now. */
    public synchronized boolean exhausted(String address) {
        Deque<Instant> times = failures.get(String.valueOf(address));
        if (times == null) {
            return false;
        }
        Instant since = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.pollFirst();
        }
        return times.size() >= limit;
    }

    public synchronized void failed(String address) {
        failures.computeIfAbsent(String.valueOf(address), a -> new ArrayDeque<>())
                .addLast(clock.instant());
    }
}
