package com.qinglian.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.audit.internal.ChainVerification.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The verifier on chains held in memory: intact, altered, unlinked, shortened. */
class AuditChainVerifierTest {

    /** An in-memory chain that counts the pages read. */
    static final class ListSource implements ChainSource {
        final List<AuditEntry> entries = new ArrayList<>();
        ChainHead head = new ChainHead(0, AuditEntry.GENESIS);
        final AtomicInteger pagesRead = new AtomicInteger();

        static ListSource chainOf(int length) {
            ListSource source = new ListSource();
            for (int i = 0; i < length; i++) {
                source.append("actor" + i);
            }
            return source;
        }

        void append(String actor) {
            AuditEntry entry = AuditEntry.sealed(
                    head.lastId() + 1,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(head.lastId()),
                    actor,
                    "127.0.0.1",
                    "CREATE",
                    "unit",
                    "U-" + head.lastId(),
                    null,
                    "{\"n\":1}",
                    null,
                    head.lastHash());
            entries.add(entry);
            head = new ChainHead(entry.id(), entry.hash());
        }

        void replace(long id, AuditEntry entry) {
            entries.set(index(id), entry);
        }

        void remove(long id) {
            entries.remove(index(id));
        }

        AuditEntry get(long id) {
            return entries.get(index(id));
        }

        private int index(long id) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).id() == id) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no entry " + id);
        }

        @Override
        public ChainHead head() {
            return head;
        }

        @Override
        public List<AuditEntry> entriesAfter(long afterId, long upToId, int limit) {
            pagesRead.incrementAndGet();
            return entries.stream()
                    .filter(e -> e.id() > afterId && e.id() <= upToId)
                    .limit(limit)
                    .toList();
        }
    }

    static AuditEntry withActor(AuditEntry e, String actor) {
        return new AuditEntry(
                e.id(),
                e.occurredAt(),
                actor,
                e.clientAddress(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.beforeJson(),
                e.afterJson(),
                e.reason(),
                e.prevHash(),
                e.hash());
    }

    /** What a careful forger does: change the content and recompute this entry's hash. */
    static AuditEntry resealedWithActor(AuditEntry e, String actor) {
        return AuditEntry.sealed(
                e.id(),
                e.occurredAt(),
                actor,
                e.clientAddress(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.beforeJson(),
                e.afterJson(),
                e.reason(),
                e.prevHash());
    }

    @Test
    void anEmptyChainIsIntact() {
        ChainVerification result = new AuditChainVerifier(new ListSource()).verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checked()).isZero();
    }

    @Test
    void anUntouchedChainIsIntactAndIsReadPageByPage() {
        ListSource source = ListSource.chainOf(25);
        ChainVerification result = new AuditChainVerifier(source, 10).verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checked()).isEqualTo(25);
        assertThat(source.pagesRead).hasValue(4);
        assertThat(result.messageKey()).isEqualTo("audit.verify.intact");
        assertThat(result.messageArguments()).containsExactly("25");
    }

    @Test
    void namesTheFirstEntryWhoseContentWasChanged() {
        ListSource source = ListSource.chainOf(30);
        source.replace(17, withActor(source.get(17), "mallory"));
        source.replace(23, withActor(source.get(23), "mallory"));
        ChainVerification result = new AuditChainVerifier(source, 10).verify();
        assertThat(result.problem()).isEqualTo(Problem.CONTENT_ALTERED);
        assertThat(result.entryId()).isEqualTo(17);
        assertThat(result.checked()).isEqualTo(16);
    }

    @Test
    void aResealedEntryBreaksTheLinkOfTheNextOne() {
        ListSource source = ListSource.chainOf(30);
        source.replace(12, resealedWithActor(source.get(12), "mallory"));
        ChainVerification result = new AuditChainVerifier(source, 10).verify();
        assertThat(result.problem()).isEqualTo(Problem.LINK_BROKEN);
        assertThat(result.entryId()).isEqualTo(13);
    }

    @Test
    void removedEntriesAreNamedByTheirMissingIds() {
        ListSource source = ListSource.chainOf(30);
        source.remove(10);
        source.remove(11);
        ChainVerification result = new AuditChainVerifier(source, 10).verify();
        assertThat(result.problem()).isEqualTo(Problem.ENTRIES_MISSING);
        assertThat(result.entryId()).isEqualTo(10);
        assertThat(result.lastMissingId()).isEqualTo(11);
        assertThat(result.messageArguments()).containsExactly("10", "11", "9");
    }

    @Test
    void removingTheLastEntriesIsSeenThroughTheHead() {
        ListSource source = ListSource.chainOf(30);
        source.remove(30);
        source.remove(29);
        ChainVerification result = new AuditChainVerifier(source, 10).verify();
        assertThat(result.problem()).isEqualTo(Problem.ENTRIES_MISSING);
        assertThat(result.entryId()).isEqualTo(29);
        assertThat(result.lastMissingId()).isEqualTo(30);
    }

    @Test
    void aResealedLastEntryNoLongerMatchesTheHead() {
        ListSource source = ListSource.chainOf(5);
        source.replace(5, resealedWithActor(source.get(5), "mallory"));
        ChainVerification result = new AuditChainVerifier(source).verify();
        assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
        assertThat(result.entryId()).isEqualTo(5);
    }

    @Test
    void entriesAppendedAfterTheWalkStartedAreLeftForTheNextRun() {
        ListSource source = ListSource.chainOf(3);
        ChainHead headAtStart = source.head;
        source.append("late");
        source.head = headAtStart;
        assertThat(new AuditChainVerifier(source).verify().checked()).isEqualTo(3);
    }
}
