package com.qinglian.rubric;

import java.math.BigDecimal;

/**
 * The range a node's score stays in once its clauses have added and taken: {@code [min, max]}, with
 * {@code max} at most the node's points. Without one a node stays within [its floor or 0, its points].
 */
public record Clamp(BigDecimal min, BigDecimal max) {}
