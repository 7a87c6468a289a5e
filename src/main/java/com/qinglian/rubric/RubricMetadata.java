package com.qinglian.rubric;

import java.time.LocalDate;

/** Where a rubric comes from; all fields optional. */
public record RubricMetadata(String publisher, LocalDate publishedOn, String locale, String source, String copyright) {

    public static final RubricMetadata NONE = new RubricMetadata(null, null, null, null, null);
}
