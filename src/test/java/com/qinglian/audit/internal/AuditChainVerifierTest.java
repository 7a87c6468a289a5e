package com.qinglian.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.audit.internal.ChainVerification.Problem;
import com.qinglian.shared.KeyRing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The verifier on chains held in memory: intact, altered, unlinked, shortened. */
class AuditChainVerifierTest {

    static final KeyRing KEYS = KeyRing.of(Map.of("k1", "0123456789abcdef0123456789abcdef".getBytes()));
    static final KeyRing OTHER_KEYS = KeyRing.of(Map.of("k1", "fedcba9876543210fedcba9876543210".getBytes()));

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

        /** A chain whose first {@code unkeyed} entries predate keys, the rest sealed with {@code keys}. */
        static ListSource keyedChainOf(int unkeyed, int keyed, KeyRing keys) {
            ListSource source = chainOf(unkeyed);
            for (int i = 0; i < keyed; i++) {
                source.append("keyed" + i);
                AuditEntry last = source.entries.remove(source.entries.size() - 1);
                AuditEntry sealed = last.sealedWith(keys, "k1");
                source.entries.add(sealed);
                source.head = new ChainHead(sealed.id(), sealed.hash());
            }
            return source;
        }

        /** What an intruder without the key does: rewrite from an entry on, re-sealing each with plain SHA-256. */
        void resealFrom(long id, String actor) {
            String previous = id == 1 ? AuditEntry.GENESIS : get(id - 1).hash();
            for (long i = id; i <= head.lastId(); i++) {
                AuditEntry e = get(i);
                AuditEntry forged = AuditEntry.sealed(
                        e.id(),
                        e.occurredAt(),
                        i == id ? actor : e.actor(),
                        e.clientAddress(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.beforeJson(),
                        e.afterJson(),
                        e.reason(),
                        previous);
                replace(i, forged);
                previous = forged.hash();
            }
            head = new ChainHead(head.lastId(), previous);
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
        ChainVerification result = new AuditChainVerifier(new ListSource(), KEYS).verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checked()).isZero();
    }

    @Test
    void anUntouchedChainIsIntactAndIsReadPageByPage() {
        ListSource source = ListSource.chainOf(25);
        ChainVerification result = new AuditChainVerifier(source, KEYS, 10).verify();
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
        ChainVerification result = new AuditChainVerifier(source, KEYS, 10).verify();
        assertThat(result.problem()).isEqualTo(Problem.CONTENT_ALTERED);
        assertThat(result.entryId()).isEqualTo(17);
        assertThat(result.checked()).isEqualTo(16);
    }

    @Test
    void aResealedEntryBreaksTheLinkOfTheNextOne() {
        ListSource source = ListSource.chainOf(30);
        source.replace(12, resealedWithActor(source.get(12), "mallory"));
        ChainVerification result = new AuditChainVerifier(source, KEYS, 10).verify();
        assertThat(result.problem()).isEqualTo(Problem.LINK_BROKEN);
        assertThat(result.entryId()).isEqualTo(13);
    }

    @Test
    void removedEntriesAreNamedByTheirMissingIds() {
        ListSource source = ListSource.chainOf(30);
        source.remove(10);
        source.remove(11);
        ChainVerification result = new AuditChainVerifier(source, KEYS, 10).verify();
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
        ChainVerification result = new AuditChainVerifier(source, KEYS, 10).verify();
        assertThat(result.problem()).isEqualTo(Problem.ENTRIES_MISSING);
        assertThat(result.entryId()).isEqualTo(29);
        assertThat(result.lastMissingId()).isEqualTo(30);
    }

    @Test
    void aResealedLastEntryNoLongerMatchesTheHead() {
        ListSource source = ListSource.chainOf(5);
        source.replace(5, resealedWithActor(source.get(5), "mallory"));
        ChainVerification result = new AuditChainVerifier(source, KEYS).verify();
        assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
        assertThat(result.entryId()).isEqualTo(5);
    }

    @Test
    void entriesAppendedAfterTheWalkStartedAreLeftForTheNextRun() {
        ListSource source = ListSource.chainOf(3);
        ChainHead headAtStart = source.head;
        source.append("late");
        source.head = headAtStart;
        assertThat(new AuditChainVerifier(source, KEYS).verify().checked()).isEqualTo(3);
    }

    @Test
    void aKeyedChainIsIntactAndSaysSinceWhenItIsProven() {
        ChainVerification result = new AuditChainVerifier(ListSource.keyedChainOf(3, 4, KEYS), KEYS).verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checked()).isEqualTo(7);
        assertThat(result.keyedSince()).isEqualTo(4);
        assertThat(result.provenKey()).isEqualTo("audit.verify.proven.keyed");
    }

    @Test
    void rewritingKeyedEntriesWithoutTheKeyShowsWhateverTheIntruderSealsThemWith() {
        ListSource unkeyedReseal = ListSource.keyedChainOf(3, 4, KEYS);
        unkeyedReseal.resealFrom(5, "intruder");
        ChainVerification result = new AuditChainVerifier(unkeyedReseal, KEYS).verify();
        assertThat(result.problem()).isEqualTo(Problem.UNKEYED);
        assertThat(result.entryId()).isEqualTo(5);

        ListSource guessedKey = ListSource.keyedChainOf(3, 4, OTHER_KEYS);
        assertThat(new AuditChainVerifier(guessedKey, KEYS).verify().problem()).isEqualTo(Problem.CONTENT_ALTERED);
    }

    @Test
    void aCheckpointCatchesARewriteOfEntriesFromBeforeTheKeys() {
        ListSource source = ListSource.keyedChainOf(3, 0, KEYS);
        AuditCheckpoint checkpoint = new AuditCheckpoint(
                        1,
                        Instant.parse("2026-02-01T00:00:00Z"),
                        3,
                        source.head().lastHash(),
                        "k1",
                        null,
                        "daily")
                .signed(KEYS);
        assertThat(new AuditChainVerifier(source, KEYS).verify(checkpoint).provenKey())
                .isEqualTo("audit.verify.proven.checkpoint");

        source.resealFrom(2, "intruder");
        assertThat(new AuditChainVerifier(source, KEYS).verify().isIntact())
                .as("without the receipt, an unkeyed chain re-sealed from the start looks whole")
                .isTrue();
        ChainVerification against = new AuditChainVerifier(source, KEYS).verify(checkpoint);
        assertThat(against.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(against.entryId()).isEqualTo(3);
    }

    @Test
    void aReceiptWithAnAlteredValueOrAForeignSignatureProvesNothing() {
        ListSource source = ListSource.keyedChainOf(2, 2, KEYS);
        AuditCheckpoint genuine = new AuditCheckpoint(
                        4,
                        Instant.parse("2026-02-01T00:00:00Z"),
                        4,
                        source.head().lastHash(),
                        "k1",
                        null,
                        "daily")
                .signed(KEYS);
        AuditCheckpoint read = Receipts.read(genuine.receipt()).orElseThrow();
        assertThat(read).isEqualTo(genuine);
        assertThat(new AuditChainVerifier(source, KEYS).verify(read).isIntact()).isTrue();

        AuditCheckpoint moved = Receipts.read(genuine.receipt().replace("\"lastId\":4", "\"lastId\":3"))
                .orElseThrow();
        assertThat(new AuditChainVerifier(source, KEYS).verify(moved).problem()).isEqualTo(Problem.RECEIPT_INVALID);
        AuditCheckpoint foreign = genuine.signed(OTHER_KEYS);
        assertThat(new AuditChainVerifier(source, KEYS).verify(foreign).problem())
                .isEqualTo(Problem.RECEIPT_INVALID);
        assertThat(Receipts.read("not json")).isEmpty();
    }
}
