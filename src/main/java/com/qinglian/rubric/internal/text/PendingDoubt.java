package com.qinglian.rubric.internal.text;

import com.qinglian.rubric.LineRange;
import com.qinglian.rubric.RubricDoubt;
import java.util.List;

/** A doubt noted while reading, before the node it concerns has its code. */
record PendingDoubt(RubricDoubt.Kind kind, DraftNode node, DraftRule rule, LineRange lines, List<String> args) {

    static PendingDoubt onNode(RubricDoubt.Kind kind, DraftNode node, LineRange lines, String... args) {
        return new PendingDoubt(kind, node, null, lines, List.of(args));
    }

    static PendingDoubt onRule(RubricDoubt.Kind kind, DraftRule rule, LineRange lines, String... args) {
        return new PendingDoubt(kind, null, rule, lines, List.of(args));
    }

    static PendingDoubt onText(RubricDoubt.Kind kind, LineRange lines, String... args) {
        return new PendingDoubt(kind, null, null, lines, List.of(args));
    }

    RubricDoubt resolve() {
        String code = node != null ? node.code : rule != null ? rule.code : "";
        return new RubricDoubt(kind, code, lines, args, null, null);
    }
}
