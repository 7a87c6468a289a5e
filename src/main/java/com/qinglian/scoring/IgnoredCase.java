package com.qinglian.scoring;

/** A case that did not count, with the reason (e.g. dated outside the campaign's period). */
public record IgnoredCase(CaseInput input, String reason) {}
