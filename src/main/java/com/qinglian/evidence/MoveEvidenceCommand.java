package com.qinglian.evidence;

import com.qinglian.evidence.internal.EvidenceCommandContext;
import com.qinglian.evidence.internal.LocalEvidenceStore;
import com.qinglian.evidence.internal.LocalToS3Move;
import com.qinglian.evidence.internal.S3EvidenceStore;
import com.qinglian.evidence.internal.S3Settings;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar qinglian.jar move-evidence-to-s3}: copies the evidence files of the local store
 * ({@code <data-dir>/evidence}) to the configured S3 bucket under the same keys, reads every object back and
 * compares its SHA-256. Safe to run again after an interruption: objects already there are only verified. Exit
 * status 0 when every file is in the bucket and verified, 3 when some are not (listed), 2 when it could not run.
 */
public final class MoveEvidenceCommand {

    public static final String NAME = "move-evidence-to-s3";
    public static final int DONE = 0;
    public static final int CANNOT_RUN = 2;
    public static final int INCOMPLETE = 3;

    private MoveEvidenceCommand() {}

    public static int run(String... args) {
        return run(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8), args);
    }

    static int run(PrintStream out, String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EvidenceCommandContext.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "spring.main.banner-mode",
                        "off",
                        "spring.main.log-startup-info",
                        "false",
                        "logging.level.root",
                        "WARN"))
                .run(args)) {
            Environment environment = context.getEnvironment();
            Path dataDir = Path.of(environment.getRequiredProperty("qinglian.data-dir"));
            Path evidence = dataDir.resolve("evidence");
            if (!Files.isDirectory(evidence)) {
                throw new IllegalStateException("no local evidence directory " + evidence.toAbsolutePath());
            }
            S3Settings settings = S3Settings.from(environment);
            try (var client = settings.client()) {
                S3EvidenceStore s3 = new S3EvidenceStore(client, settings, dataDir.resolve("evidence-s3-spool"));
                s3.checkBucket();
                LocalToS3Move.Outcome outcome = new LocalToS3Move(new LocalEvidenceStore(evidence), s3).run(out);
                out.printf(
                        "已复制 %d 个文件,%d 个此前已在对象存储中,均已校验 SHA-256;校验失败 %d 个;忽略非佐证文件 %d 个。%n",
                        outcome.copied(),
                        outcome.alreadyThere(),
                        outcome.failed().size(),
                        outcome.ignored());
                out.printf(
                        "Copied %d files, %d were already in the bucket, all read back and SHA-256 checked;"
                                + " %d failed; %d files that are not evidence ignored.%n",
                        outcome.copied(),
                        outcome.alreadyThere(),
                        outcome.failed().size(),
                        outcome.ignored());
                return outcome.complete() ? DONE : INCOMPLETE;
            }
        } catch (Exception e) {
            out.println("无法迁移佐证材料:" + e.getMessage());
            out.println("Could not move the evidence: " + e.getMessage());
            return CANNOT_RUN;
        }
    }
}
