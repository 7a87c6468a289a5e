package com.qinglian.ledger.cases;

import java.util.List;

/** A case as the ledger pages show it: the case, where it came from, its edit version and its attachments. */
public record CaseEntry(LedgerCase ledgerCase, CaseSource source, int version, List<CaseAttachment> attachments) {

    public CaseEntry {
        attachments = List.copyOf(attachments);
    }

    public boolean editable() {
        return source == CaseSource.MANUAL;
    }
}
