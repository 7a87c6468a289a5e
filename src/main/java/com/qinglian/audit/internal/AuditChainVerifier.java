package com.qinglian.audit.internal;

import java.util.List;

/**
 * Walks the audit chain in id order, a page at a time, and reports the first entry that is altered,
 * unlinked or missing. Free of Spring, so it can be reasoned about (and reimplemented) on its own.
 */
public final class AuditChainVerifier {

    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final ChainSource source;
    private final int pageSize;

    public AuditChainVerifier(ChainSource source) {
        this(source, DEFAULT_PAGE_SIZE);
    }

    public AuditChainVerifier(ChainSource source, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.source = source;
        this.pageSize = pageSize;
    }

    /** Checks every entry up to the head as it is when the walk starts; later appends are left for the next run. */
    public ChainVerification verify() {
        ChainHead head = source.head();
        long previousId = 0;
        String previousHash = AuditEntry.GENESIS;
        long checked = 0;
        List<AuditEntry> page = source.entriesAfter(previousId, head.lastId(), pageSize);
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                if (entry.id() != previousId + 1) {
                    return ChainVerification.missing(checked, previousId + 1, entry.id() - 1);
                }
                if (!previousHash.equals(entry.prevHash())) {
                    return ChainVerification.broken(checked, ChainVerification.Problem.LINK_BROKEN, entry.id());
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return ChainVerification.broken(checked, ChainVerification.Problem.CONTENT_ALTERED, entry.id());
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
        return ChainVerification.intact(checked);
    }
}
