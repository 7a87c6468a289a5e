package com.qinglian.evidence.internal;

import com.qinglian.evidence.EvidenceStore;
import com.qinglian.evidence.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence content as objects in an S3-compatible bucket, under the same keys as the local store
 * ({@code ab/cd/<uuid>}, after an optional prefix), so content moved from the local directory keeps its key.
 *
 * <p>An upload is spooled to a local work file while it is counted and hashed (never held in memory), then sent
 * in one PUT with its length and Content-MD5, which the object store checks before it keeps anything: a PUT that
 * fails or arrives damaged leaves no object. The SHA-256 travels as object metadata and every read is checked
 * against it at the end of the stream.
 */
public class S3EvidenceStore implements EvidenceStore {

    static final String SHA256_METADATA = "sha256";

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final Path spool;

    public S3EvidenceStore(S3Client client, S3Settings settings, Path spool) throws IOException {
        this.client = client;
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        this.spool = Files.createDirectories(spool);
    }

    /** Fails fast, at start-up, when the bucket cannot be reached with the configured credentials. */
    public void checkBucket() {
        client.headBucket(request -> request.bucket(bucket));
    }

    @Override
    public StoredBlob put(InputStream content, long maxBytes) throws IOException {
        Path work = Files.createTempFile(spool, "s3-", ".part");
        try {
            HashingCopy.Copied copied = HashingCopy.copy(content, work, maxBytes);
            String key = LocalEvidenceStore.newKey();
            upload(key, work, copied.size(), copied.sha256(), md5Base64(work));
            return new StoredBlob(key, copied.size(), copied.sha256());
        } finally {
            Files.deleteIfExists(work);
        }
    }

    /**
     * Sends a file as the object of a key. The store refuses content whose MD5 is not md5Base64, and then keeps
     * nothing.
     */
    void upload(String key, Path file, long size, String sha256, String md5Base64) throws IOException {
        try {
            client.putObject(
                    request -> request.bucket(bucket)
                            .key(objectKey(key))
                            .contentLength(size)
                            .contentMD5(md5Base64)
                            .contentType("application/octet-stream")
                            .metadata(Map.of(SHA256_METADATA, sha256)),
                    RequestBody.fromFile(file));
        } catch (S3Exception e) {
            throw new IOException("the object store refused evidence " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        ResponseInputStream<GetObjectResponse> object;
        try {
            object = client.getObject(request -> request.bucket(bucket).key(objectKey(key)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        }
        String sha256 = object.response().metadata().get(SHA256_METADATA);
        if (sha256 == null) {
            object.abort();
            throw new IOException("stored evidence " + key + " carries no SHA-256: not written by this system");
        }
        return new VerifyingInputStream(object, sha256, key);
    }

    @Override
    public boolean exists(String key) {
        return LocalEvidenceStore.isKey(key) && head(key).isPresent();
    }

    /** The SHA-256 recorded with the object of a key, if there is such an object. */
    Optional<String> recordedSha256(String key) {
        return head(key).map(response -> response.metadata().get(SHA256_METADATA));
    }

    private Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(
                    client.headObject(request -> request.bucket(bucket).key(objectKey(key))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        client.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
    }

    /** The object name of a key; refuses anything that is not a key this system hands out. */
    String objectKey(String key) {
        if (!LocalEvidenceStore.isKey(key)) {
            throw new IllegalArgumentException("not an evidence key");
        }
        return prefix + key;
    }

    static String md5Base64(Path file) throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return Base64.getEncoder().encodeToString(md5.digest());
    }
}
