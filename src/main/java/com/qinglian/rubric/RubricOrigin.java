package com.qinglian.rubric;

/** Where a stored rubric came from. */
public enum RubricOrigin {
    BUILT_IN,
    YAML,
    EXCEL
}
