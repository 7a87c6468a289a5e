package com.qinglian.audit.internal;

/**
 * The outcome of walking the chain: intact with the number of entries checked and since when it is proven,
 * or the first problem and the id of the entry where it shows.
 *
 * @param keyedSince the first entry sealed with a secret key (null: none); from there on nobody without the
 *     key could have rewritten the chain unnoticed
 * @param checkpoint the checkpoint checked against, or null
 */
public record ChainVerification(
        long checked, Problem problem, Long entryId, Long lastMissingId, Long keyedSince, AuditCheckpoint checkpoint) {

    /** What can be wrong, each naming the entry by id. */
    public enum Problem {
        /** The entry's content no longer gives its stored hash: it was changed. */
        CONTENT_ALTERED,
        /** The entry's prev_hash is not the hash of the entry before it: that one was changed or replaced. */
        LINK_BROKEN,
        /** Ids entryId to lastMissingId are missing: entries were removed. */
        ENTRIES_MISSING,
        /** The last entry is not the one the chain head recorded. */
        HEAD_MISMATCH,
        /** An entry after keyed ones is sealed without a key: it was rewritten by someone without the key. */
        UNKEYED,
        /** The entry names a key this installation does not have: forged, or the key file is incomplete. */
        UNKNOWN_KEY,
        /** The entry the checkpoint names no longer has the hash the checkpoint recorded: rewritten since. */
        CHECKPOINT_MISMATCH,
        /** The receipt's signature is not this system's: it was altered or comes from elsewhere. */
        RECEIPT_INVALID
    }

    static ChainVerification intact(long checked, Long keyedSince, AuditCheckpoint checkpoint) {
        return new ChainVerification(checked, null, null, null, keyedSince, checkpoint);
    }

    static ChainVerification broken(long checked, Problem problem, long entryId) {
        return new ChainVerification(checked, problem, entryId, null, null, null);
    }

    static ChainVerification missing(long checked, long firstMissingId, long lastMissingId) {
        return new ChainVerification(checked, Problem.ENTRIES_MISSING, firstMissingId, lastMissingId, null, null);
    }

    static ChainVerification badReceipt() {
        return new ChainVerification(0, Problem.RECEIPT_INVALID, 0L, null, null, null);
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

    /** Key of the message that says since when an intact chain is proven; null when it is not intact. */
    public String provenKey() {
        if (!isIntact()) {
            return null;
        }
        if (checkpoint != null) {
            return "audit.verify.proven.checkpoint";
        }
        return keyedSince == null ? "audit.verify.proven.unkeyed" : "audit.verify.proven.keyed";
    }

    public Object[] provenArguments() {
        return checkpoint != null
                ? new Object[] {
                    String.valueOf(checkpoint.id()),
                    checkpoint.takenAt().toString(),
                    String.valueOf(checkpoint.lastId())
                }
                : new Object[] {String.valueOf(keyedSince)};
    }
}
