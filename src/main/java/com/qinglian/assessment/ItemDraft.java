package com.qinglian.assessment;

import com.qinglian.shared.TextInput;
import java.math.BigDecimal;

/** What a unit enters for an item; blank texts count as empty. */
public record ItemDraft(BigDecimal selfScore, String explanation, String noEvidenceReason) {

    public static final int MAX_TEXT = 5000;

    public ItemDraft {
        explanation = clean(explanation);
        noEvidenceReason = clean(noEvidenceReason);
    }

    private static String clean(String text) {
        return TextInput.tidy(text);
    }
}
