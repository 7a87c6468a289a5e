package com.qinglian.results;

import java.time.Instant;
import java.util.List;

/**
 * One computation of a campaign's results.
 *
 * @param inputsSha256 digest of everything the engine was given, so that a stale result can be recognised
 */
public record ResultRun(long id, Instant computedAt, String computedBy, String inputsSha256, List<UnitOutcome> outcomes) {}
