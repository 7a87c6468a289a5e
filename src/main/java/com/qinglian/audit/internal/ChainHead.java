package com.qinglian.audit.internal;

/** The end of the chain: the id and hash of the last entry (0 and the genesis hash while empty). */
public record ChainHead(long lastId, String lastHash) {}
