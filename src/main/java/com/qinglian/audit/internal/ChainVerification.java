package com.qinglian.audit.internal;

/**
 * The outcome of walking the chain: intact with the number of entries checked, or the first problem and
 * the id of the entry where it shows.
 */
public record ChainVerification(long checked, Problem problem, Long entryId, Long lastMissingId) {

    /** What can be wrong, each naming the entry by id. */
    public enum Problem {
        /** The entry's content no longer gives its stored hash: it was changed. */
        CONTENT_ALTERED,
        /** The entry's prev_hash is not the hash of the entry before it: that one was changed or replaced. */
        LINK_BROKEN,
        /** Ids entryId to lastMissingId are missing: entries were removed. */
        ENTRIES_MISSING,
        /** The last entry is not the one the chain head recorded. */
        HEAD_MISMATCH
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(checked, null, null, null);
    }

    static ChainVerification broken(long checked, Problem problem, long entryId) {
        return new ChainVerification(checked, problem, entryId, null);
    }

    static ChainVerification missing(long checked, long firstMissingId, long lastMissingId) {
        return new ChainVerification(checked, Problem.ENTRIES_MISSING, firstMissingId, lastMissingId);
    }

    public boolean isIntact() {
        return problem == null;
    }

    /** Key of the message in messages*.properties; its arguments are {@link #messageArguments()}. */
    public String messageKey() {
        return isIntact() ? "audit.verify.intact" : "audit.verify.problem." + problem.name();
    }

    public Object[] messageArguments() {
        // As text, so ids never get grouping separators ("1,234").
        return isIntact()
                ? new Object[] {String.valueOf(checked)}
                : new Object[] {String.valueOf(entryId), String.valueOf(lastMissingId), String.valueOf(checked)};
    }
}
