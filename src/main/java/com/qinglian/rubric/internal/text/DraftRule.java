package com.qinglian.rubric.internal.text;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.LineRange;
import java.math.BigDecimal;

/** A negative-list or bonus line while the text is read. */
final class DraftRule {

    final boolean deduction;
    final String category;
    final String title;
    final LineRange lines;
    BigDecimal perCase;
    BigDecimal fixed;
    String code;

    DraftRule(boolean deduction, String category, String title, LineRange lines) {
        this.deduction = deduction;
        this.category = category;
        this.title = title;
        this.lines = lines;
    }

    CaseRule build() {
        return new CaseRule(code, category, title, perCase, fixed, null);
    }
}
