package com.qinglian.audit;

/** Appends to the tamper-evident audit trail, in the caller's transaction. */
public interface AuditTrail {

    /**
     * Appends one entry. Joins the caller's transaction, so the entry is committed or rolled back with the
     * change it records; a caller without a transaction gets one of its own. Appends are serialised: the
     * entry gets the next id and links to the hash of the entry before it.
     *
     * @throws IllegalArgumentException when before or after cannot be written as JSON
     */
    void record(AuditEvent event);
}
