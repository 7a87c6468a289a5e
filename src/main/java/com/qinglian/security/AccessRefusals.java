package com.qinglian.security;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refused access (403 from the URL rules, 404 from the data-level rules) as security events: each one is
 * logged with user, address and path (logger {@code com.qinglian.security.events}); the
 * {@code QINGLIAN_SECURITY_REFUSALS_AUDITED}-th refusal of one user or address within ten minutes also
 * writes an audit entry ACCESS_REFUSED_REPEATED, once per window, so probing shows in the trail.
 */
@Component
public class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger("com.qinglian.security.events");
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_KEYS = 10_000;

    private final AuditTrail audit;
    private final Clock clock;
    private final int threshold;
    private final Map<String, Deque<Instant>> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    AccessRefusals(AuditTrail audit, Clock clock, @Value("${qinglian.security.refusals-audited:10}") int threshold) {
        this.audit = audit;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** Records a refusal of the current request. */
    public void refused(int status) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            refused(attributes.getRequest(), status);
        }
    }

    public void refused(HttpServletRequest request, int status) {
        CurrentUser user = UnitAccess.current();
        String who = user == null ? "anonymous" : user.getUsername();
        String address = request.getRemoteAddr();
        String path = SignInNames.clean(request.getMethod() + " " + request.getRequestURI());
        log.warn("access refused status={} user={} address={} path={}", status, who, address, path);
        String key = user == null ? "address " + address : "user " + who;
        if (count(key) == threshold) {
            audit.record(AuditEvent.of(
                    AuditActions.ACCESS_REFUSED_REPEATED,
                    "security",
                    key,
                    null,
                    Map.of("refusals", threshold, "minutes", WINDOW.toMinutes(), "lastPath", path)));
        }
    }

    private synchronized int count(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.pollFirst();
        }
        times.addLast(now);
        return times.size();
    }
}
