package com.qinglian.rubric;

/** A stored rubric is a draft until published; published rubrics never change. */
public enum RubricStatus {
    DRAFT,
    PUBLISHED
}
