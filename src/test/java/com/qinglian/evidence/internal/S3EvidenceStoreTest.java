package com.qinglian.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.evidence.EvidenceRejectedException;
import com.qinglian.evidence.Refusal;
import com.qinglian.evidence.StoredBlob;
import com.qinglian.support.S3MockServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against a real S3-protocol server (S3Mock, a separate process), never a mock of the SDK. */
class S3EvidenceStoreTest {

    private static S3Client client;
    private static S3Settings settings;

    @TempDir
    Path spool;

    private S3EvidenceStore store;

    @BeforeAll
    static void server() throws Exception {
        S3MockServer server = S3MockServer.get();
        // each test class its own prefix: listings below see only this class's objects
        settings = new S3Settings(
                server.endpoint(),
                "us-east-1",
                S3MockServer.BUCKET,
                "test-access",
                "test-secret",
                "store-test-" + UUID.randomUUID());
        client = settings.client();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    private S3EvidenceStore store() throws IOException {
        if (store == null) {
            store = new S3EvidenceStore(client, settings, spool);
        }
        return store;
    }

    private static int objects() {
        return client.listObjectsV2(request -> request.bucket(settings.bucket()).prefix(settings.prefix()))
                .keyCount();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void storedContentComesBackWithItsSizeAndHash() throws Exception {
        byte[] content = "自评佐证:会议纪要".getBytes(StandardCharsets.UTF_8);
        StoredBlob blob = store().put(new ByteArrayInputStream(content), 1024);

        assertThat(LocalEvidenceStore.isKey(blob.key())).isTrue();
        assertThat(blob.size()).isEqualTo(content.length);
        assertThat(blob.sha256()).isEqualTo(sha256(content));
        try (InputStream in = store().open(blob.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store().exists(blob.key())).isTrue();
        assertThat(client.headObject(r -> r.bucket(settings.bucket()).key(settings.prefix() + blob.key()))
                        .metadata())
                .containsEntry("sha256", blob.sha256());
        assertThat(Files.list(spool)).as("the work file is gone").isEmpty();
    }

    @Test
    void aLargeUploadStreamsThroughAndVerifies() throws Exception {
        long size = 6L * 1024 * 1024 + 7;
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        InputStream generated = new InputStream() {
            private final Random random = new Random(17);
            private long left = size;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                byte[] chunk = new byte[n];
                random.nextBytes(chunk);
                digest.update(chunk);
                System.arraycopy(chunk, 0, buffer, offset, n);
                left -= n;
                return n;
            }
        };
        StoredBlob blob = store().put(generated, 20L * 1024 * 1024);
        assertThat(blob.size()).isEqualTo(size);
        assertThat(blob.sha256()).isEqualTo(HexFormat.of().formatHex(digest.digest()));
        try (InputStream in = store().open(blob.key())) {
            assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(size);
        }
    }

    @Test
    void tooLargeContentIsRefusedAndNothingIsStored() throws Exception {
        int before = objects();
        assertThatThrownBy(() -> store().put(new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOf(EvidenceRejectedException.class)
                .extracting(e -> ((EvidenceRejectedException) e).reason())
                .isEqualTo(Refusal.TOO_LARGE);
        assertThat(objects()).isEqualTo(before);
        assertThat(Files.list(spool)).isEmpty();
    }

    @Test
    void anUploadThatBreaksOffLeavesNoObject() throws Exception {
        int before = objects();
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 5000) {
                    throw new IOException("connection reset by the client");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> store().put(breaking, 1024 * 1024)).isInstanceOf(IOException.class);
        assertThat(objects()).isEqualTo(before);
        assertThat(Files.list(spool)).isEmpty();
    }

    @Test
    void contentDamagedOnTheWayInIsRefusedByTheServerAndLeavesNoObject() throws Exception {
        Path file = Files.writeString(spool.resolve("sent"), "what arrives");
        String key = LocalEvidenceStore.newKey();
        String md5OfSomethingElse =
                S3EvidenceStore.md5Base64(Files.writeString(spool.resolve("meant"), "what was meant"));

        assertThatThrownBy(() -> store().upload(key, file, Files.size(file), "00", md5OfSomethingElse))
                .isInstanceOf(IOException.class);
        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void contentChangedInTheStoreFailsTheRead() throws Exception {
        StoredBlob blob = store().put(new ByteArrayInputStream("原件".getBytes(StandardCharsets.UTF_8)), 1024);
        client.putObject(
                r -> r.bucket(settings.bucket())
                        .key(settings.prefix() + blob.key())
                        .metadata(Map.of("sha256", blob.sha256())),
                RequestBody.fromString("篡改", StandardCharsets.UTF_8));

        try (InputStream in = store().open(blob.key())) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("SHA-256");
        }
    }

    @Test
    void missingDeletedAndForeignKeys() throws Exception {
        String absent = LocalEvidenceStore.newKey();
        assertThat(store().exists(absent)).isFalse();
        assertThatThrownBy(() -> store().open(absent)).isInstanceOf(NoSuchFileException.class);

        StoredBlob blob = store().put(new ByteArrayInputStream(new byte[] {1, 2, 3}), 1024);
        store().delete(blob.key());
        assertThat(store().exists(blob.key())).isFalse();
        store().delete(blob.key());

        assertThat(store().exists("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().delete("a/b")).isInstanceOf(IllegalArgumentException.class);
    }
}
