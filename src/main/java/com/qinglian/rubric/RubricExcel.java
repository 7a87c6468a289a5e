package com.qinglian.rubric;

/** Placeholder until the Excel reader and writer land on main. */
public final class RubricExcel {

    private RubricExcel() {}

    public static Rubric read(byte[] xlsx) {
        throw new RubricInvalidException(RubricProblem.of("", "rubric.error.unknownFileType"));
    }

    public static byte[] write(Rubric rubric) {
        throw new UnsupportedOperationException("Excel export not yet available");
    }
}
