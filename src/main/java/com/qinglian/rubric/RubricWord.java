package com.qinglian.rubric;

import com.qinglian.rubric.internal.word.RubricWordReader;

/**
 * Reads a rubric from a Word (.docx) file: the first table whose header names rubric columns (一级指标, 二级指标,
 * 内容与要求, 分值, 备注 in any order, merged cells down and across), plus the negative list and bonus after it.
 * The result is a draft with every doubt listed, like {@link RubricText}.
 */
public final class RubricWord {

    public static final int MAX_BYTES = RubricWordReader.MAX_BYTES;

    private RubricWord() {}

    /** Throws {@link RubricInvalidException} for old .doc, macros, zip bombs, no rubric table or no points. */
    public static ImportedDraft read(byte[] docx) {
        return RubricWordReader.read(docx);
    }
}
