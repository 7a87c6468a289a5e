package com.qinglian.audit.internal;

import java.util.List;

/** Where the verifier reads the chain from, a page at a time. */
public interface ChainSource {

    ChainHead head();

    /** Up to {@code limit} entries with {@code afterId < id <= upToId}, in id order. */
    List<AuditEntry> entriesAfter(long afterId, long upToId, int limit);
}
