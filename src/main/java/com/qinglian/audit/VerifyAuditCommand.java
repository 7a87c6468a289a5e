package com.qinglian.audit;

import com.qinglian.audit.internal.AuditChainVerifier;
import com.qinglian.audit.internal.AuditCheckpoint;
import com.qinglian.audit.internal.AuditEntryRepository;
import com.qinglian.audit.internal.ChainVerification;
import com.qinglian.audit.internal.Receipts;
import com.qinglian.audit.internal.VerifyAuditContext;
import com.qinglian.shared.KeyRing;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code java -jar qinglian.jar verify-audit [--checkpoint=receipt.json]}: verifies the audit chain in the
 * configured database (with the configured secret keys), against a checkpoint receipt when one is given, and
 * prints the outcome in Chinese and English, with since when the trail is proven. Exit status 0 when intact, 3 when tampered, 2 when it could not check.
 */
public final class VerifyAuditCommand {

    public static final String NAME = "verify-audit";
    public static final int INTACT = 0;
    public static final int CANNOT_CHECK = 2;
    public static final int TAMPERED = 3;

    private VerifyAuditCommand() {}

    public static int run(String... args) {
        // UTF-8 whatever the machine's locale, so the Chinese line never turns into question marks.
        return run(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8), args);
    }

    static int run(PrintStream out, String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VerifyAuditContext.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "spring.main.banner-mode",
                        "off",
                        "spring.main.log-startup-info",
                        "false",
                        "logging.level.root",
                        "WARN",
                        // Verifying never creates a key: without the key file, keyed entries cannot be checked.
                        "qinglian.secret-keys-generate",
                        "false"))
                .run(args)) {
            AuditChainVerifier verifier =
                    new AuditChainVerifier(context.getBean(AuditEntryRepository.class), context.getBean(KeyRing.class));
            AuditCheckpoint checkpoint = null;
            String receipt = context.getEnvironment().getProperty("checkpoint");
            if (receipt != null) {
                checkpoint = Receipts.read(Files.readString(Path.of(receipt)))
                        .orElseThrow(() -> new IllegalArgumentException("not a checkpoint receipt: " + receipt));
            }
            ChainVerification result = verifier.verify(checkpoint);
            MessageSource messages = context.getBean(MessageSource.class);
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                out.println(messages.getMessage(result.messageKey(), result.messageArguments(), locale));
                if (result.provenKey() != null) {
                    out.println(messages.getMessage(result.provenKey(), result.provenArguments(), locale));
                }
            }
            return result.isIntact() ? INTACT : TAMPERED;
        } catch (RuntimeException | IOException e) {
            out.println("无法校验审计日志:" + e.getMessage());
            out.println("Could not verify the audit trail: " + e.getMessage());
            return CANNOT_CHECK;
        }
    }
}
