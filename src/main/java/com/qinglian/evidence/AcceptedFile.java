package com.qinglian.evidence;

import java.util.Objects;

/**
 * An accepted evidence file, as callers record it: the storage key, the SHA-256 of the content (identical
 * uploads have identical hashes), the size in bytes, the detected kind and the name to show. The display
 * name is for display only and is never used as a path.
 */
public record AcceptedFile(String key, String sha256, long size, FileKind kind, String displayName) {

    public AcceptedFile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The name a download is saved under: the display name, with the kind's extension added if it lacks one. */
    public String downloadName() {
        return kind.matchesExtension(displayName)
                ? displayName
                : displayName + "." + kind.extensions().get(0);
    }
}
