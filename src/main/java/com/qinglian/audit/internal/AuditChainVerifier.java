package com.qinglian.audit.internal;

import com.qinglian.shared.KeyRing;
import java.util.List;

/**
 * Walks the audit chain in id order, a page at a time, and reports the first entry that is altered,
 * unlinked or missing. Entries sealed with a key are checked with it; once the chain is keyed, an entry
 * without a key is a forgery (sealing without the key is all someone without it can do). Checked against a
 * checkpoint, the entry it names must still have the hash it recorded. Free of Spring.
 */
public final class AuditChainVerifier {

    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final ChainSource source;
    private final KeyRing keys;
    private final int pageSize;

    public AuditChainVerifier(ChainSource source, KeyRing keys) {
        this(source, keys, DEFAULT_PAGE_SIZE);
    }

    public AuditChainVerifier(ChainSource source, KeyRing keys, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.source = source;
        this.keys = keys;
        this.pageSize = pageSize;
    }

    /** Checks every entry up to the head as it is when the walk starts; later appends are left for the next run. */
    public ChainVerification verify() {
        return verify(null);
    }

    /**
     * As {@link #verify()}, and the entry the checkpoint names must still have its hash. The checkpoint's
     * signature must be valid: a receipt that is not this system's proves nothing.
     */
    public ChainVerification verify(AuditCheckpoint checkpoint) {
        if (checkpoint != null && !checkpoint.signatureValid(keys)) {
            return ChainVerification.badReceipt();
        }
        ChainHead head = source.head();
        long previousId = 0;
        String previousHash = AuditEntry.GENESIS;
        long checked = 0;
        Long keyedSince = null;
        List<AuditEntry> page = source.entriesAfter(previousId, head.lastId(), pageSize);
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                if (entry.id() != previousId + 1) {
                    return ChainVerification.missing(checked, previousId + 1, entry.id() - 1);
                }
                if (!previousHash.equals(entry.prevHash())) {
                    return ChainVerification.broken(checked, ChainVerification.Problem.LINK_BROKEN, entry.id());
                }
                if (entry.keyId() == null && keyedSince != null) {
                    return ChainVerification.broken(checked, ChainVerification.Problem.UNKEYED, entry.id());
                }
                if (entry.keyId() != null && !keys.has(entry.keyId())) {
                    return ChainVerification.broken(checked, ChainVerification.Problem.UNKNOWN_KEY, entry.id());
                }
                if (!KeyRing.same(entry.expectedHash(keys), entry.hash())) {
                    return ChainVerification.broken(checked, ChainVerification.Problem.CONTENT_ALTERED, entry.id());
                }
                if (checkpoint != null
                        && entry.id() == checkpoint.lastId()
                        && !checkpoint.lastHash().equals(entry.hash())) {
                    return ChainVerification.broken(checked, ChainVerification.Problem.CHECKPOINT_MISMATCH, entry.id());
                }
                if (entry.keyId() != null && keyedSince == null) {
                    keyedSince = entry.id();
                }
                previousId = entry.id();
                previousHash = entry.hash();
                checked++;
            }
            page = source.entriesAfter(previousId, head.lastId(), pageSize);
        }
        if (previousId < head.lastId()) {
            return ChainVerification.missing(checked, previousId + 1, head.lastId());
        }
        if (!previousHash.equals(head.lastHash())) {
            return ChainVerification.broken(checked, ChainVerification.Problem.HEAD_MISMATCH, previousId);
        }
        if (checkpoint != null && checkpoint.lastId() > previousId) {
            return ChainVerification.missing(checked, previousId + 1, checkpoint.lastId());
        }
        return ChainVerification.intact(checked, keyedSince, checkpoint);
    }
}
