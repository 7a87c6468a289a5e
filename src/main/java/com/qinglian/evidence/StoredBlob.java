package com.qinglian.evidence;

/**
 * What {@link EvidenceStore#put} kept: an opaque random key (never derived from user input), the size in
 * bytes and the SHA-256 of the content in lower-case hex.
 */
public record StoredBlob(String key, long size, String sha256) {}
