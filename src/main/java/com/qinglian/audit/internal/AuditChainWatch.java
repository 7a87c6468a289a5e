package com.qinglian.audit.internal;

import com.qinglian.shared.KeyRing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the whole audit chain every night, on one node of the cluster only (the walk reads every entry, so
 * running it on each node would only multiply the load). A broken chain is logged as an error and shows in the
 * metrics as {@code qinglian_audit_chain_intact 0}, for an alert; the verify-audit command says where it broke.
 */
@Component
class AuditChainWatch {

    private static final Logger log = LoggerFactory.getLogger(AuditChainWatch.class);

    private final AuditEntryRepository entries;
    private final KeyRing keys;
    private final Clock clock;
    private final Counter runs;
    /** 1 intact, 0 broken, -1 not verified by this node yet. */
    private final AtomicLong intact = new AtomicLong(-1);

    private final AtomicLong verifiedAt = new AtomicLong(0);

    AuditChainWatch(AuditEntryRepository entries, KeyRing keys, Clock clock, MeterRegistry meters) {
        this.entries = entries;
        this.keys = keys;
        this.clock = clock;
        this.runs = Counter.builder("qinglian.audit.chain.verifications")
                .description("Audit chain verifications run by this node")
                .register(meters);
        Gauge.builder("qinglian.audit.chain.intact", intact, AtomicLong::get)
                .description("1 when this node's last verification found the audit chain intact, 0 when broken,"
                        + " -1 before its first")
                .register(meters);
        Gauge.builder("qinglian.audit.chain.verified.epoch.seconds", verifiedAt, AtomicLong::get)
                .description("When this node last verified the audit chain (0: never)")
                .register(meters);
    }

    @Scheduled(cron = "${qinglian.audit.verify-cron:0 30 2 * * *}")
    @SchedulerLock(name = "audit-chain-verification", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void verifyChain() {
        runs.increment();
        ChainVerification result = new AuditChainVerifier(entries, keys).verify();
        intact.set(result.isIntact() ? 1 : 0);
        verifiedAt.set(clock.instant().getEpochSecond());
        if (result.isIntact()) {
            log.info("Audit chain intact: {} entries verified", result.checked());
        } else {
            log.error(
                    "Audit chain broken: {} at entry {} after {} intact entries; run verify-audit",
                    result.problem(),
                    result.entryId(),
                    result.checked());
        }
    }
}
