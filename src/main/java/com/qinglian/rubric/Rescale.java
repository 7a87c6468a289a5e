package com.qinglian.rubric;

/**
 * 折算: a unit to which some sections do not apply has its total rescaled to the rubric's total:
 * {@code score × total ÷ the unit's applicable maximum}, rounded as stated.
 *
 * @param rounding how the rescaled figure is rounded (required: rescaling divides)
 * @param afterCases false: the tree's sum is rescaled before the negative list and bonus; true: the total after them
 */
public record Rescale(Rounding rounding, boolean afterCases) {}
