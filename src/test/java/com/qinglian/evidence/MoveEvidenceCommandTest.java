package com.qinglian.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.evidence.internal.LocalEvidenceStore;
import com.qinglian.evidence.internal.S3Settings;
import com.qinglian.support.S3MockServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The move-evidence-to-s3 command against a real S3-protocol server: copies, resumes, verifies every hash. */
class MoveEvidenceCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int move(String endpoint, String prefix) {
        printed.reset();
        return MoveEvidenceCommand.run(
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                "--qinglian.data-dir=" + dataDir,
                "--qinglian.evidence.s3.endpoint=" + endpoint,
                "--qinglian.evidence.s3.bucket=" + S3MockServer.BUCKET,
                "--qinglian.evidence.s3.access-key=test-access",
                "--qinglian.evidence.s3.secret-key=test-secret",
                "--qinglian.evidence.s3.prefix=" + prefix);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static StoredBlob put(LocalEvidenceStore local, String text) throws Exception {
        return local.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1024);
    }

    @Test
    void copiesEveryFileResumesAndReadsEveryObjectBack() throws Exception {
        String endpoint = S3MockServer.get().endpoint();
        String prefix = "move-" + UUID.randomUUID();
        LocalEvidenceStore local = new LocalEvidenceStore(dataDir.resolve("evidence"));
        StoredBlob first = put(local, "第一份佐证");
        StoredBlob second = put(local, "第二份佐证");
        Files.writeString(local.root().resolve("README.txt"), "not evidence");

        assertThat(move(endpoint, prefix)).as(output()).isEqualTo(MoveEvidenceCommand.DONE);
        assertThat(output()).contains("已复制 2 个文件").contains("Copied 2 files, 0 were already");

        StoredBlob third = put(local, "中断之后新增的佐证");
        assertThat(move(endpoint, prefix)).as(output()).isEqualTo(MoveEvidenceCommand.DONE);
        assertThat(output())
                .as("a second run sends only what is missing")
                .contains("Copied 1 files, 2 were already in the bucket")
                .contains("1 files that are not evidence ignored");

        S3Settings settings = new S3Settings(endpoint, null, S3MockServer.BUCKET, "test-access", "test-secret", prefix);
        try (S3Client client = settings.client()) {
            for (StoredBlob blob : new StoredBlob[] {first, second, third}) {
                byte[] stored = client.getObjectAsBytes(
                                r -> r.bucket(settings.bucket()).key(settings.prefix() + blob.key()))
                        .asByteArray();
                assertThat(stored).isEqualTo(local.open(blob.key()).readAllBytes());
            }

            // an object whose recorded hash is right but whose content is not: only reading it back shows it
            client.putObject(
                    r -> r.bucket(settings.bucket())
                            .key(settings.prefix() + second.key())
                            .metadata(Map.of("sha256", second.sha256())),
                    RequestBody.fromString("被替换的内容", StandardCharsets.UTF_8));
        }
        assertThat(move(endpoint, prefix)).as(output()).isEqualTo(MoveEvidenceCommand.INCOMPLETE);
        assertThat(output()).contains("FAILED " + second.key()).contains("校验失败 1 个");
    }

    @Test
    void withoutABucketItSaysSoAndExitsTwo() throws Exception {
        Files.createDirectories(dataDir.resolve("evidence"));
        int status = MoveEvidenceCommand.run(
                new PrintStream(printed, true, StandardCharsets.UTF_8), "--qinglian.data-dir=" + dataDir);
        assertThat(status).isEqualTo(MoveEvidenceCommand.CANNOT_RUN);
        assertThat(output()).contains("无法迁移佐证材料").contains("QINGLIAN_EVIDENCE_S3_BUCKET");
    }
}
