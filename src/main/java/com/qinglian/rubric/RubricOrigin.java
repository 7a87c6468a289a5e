package com.qinglian.rubric;

/** Where a stored rubric came from. */
public enum RubricOrigin {
    BUILT_IN,
    YAML,
    EXCEL,
    /** Text copied from a web page or a PDF. */
    TEXT,
    /** A Word (.docx) table. */
    WORD
}
