package com.qinglian.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps evidence content outside the database. The local implementation writes under
 * {@code <data-dir>/evidence/}; an S3-compatible store can implement the same contract.
 */
public interface EvidenceStore {

    /**
     * Stores the content under a new random key, reading at most {@code maxBytes}. Either the whole content is
     * stored and its key returned, or nothing is left behind.
     *
     * @throws EvidenceRejectedException with {@link Refusal#TOO_LARGE} when the content exceeds maxBytes
     */
    StoredBlob put(InputStream content, long maxBytes) throws IOException;

    /**
     * Opens stored content for reading; the caller closes the stream.
     *
     * @throws IllegalArgumentException when the key is not one this store hands out
     * @throws java.nio.file.NoSuchFileException when nothing is stored under the key
     */
    InputStream open(String key) throws IOException;

    /** Whether content is stored under the key; false for keys this store never hands out. */
    boolean exists(String key);

    /**
     * Removes stored content; no effect when it is already gone. Evidence is only deleted when its campaign is
     * finalized: removing a file from an item keeps its content until then.
     *
     * @throws IllegalArgumentException when the key is not one this store hands out
     */
    void delete(String key) throws IOException;
}
