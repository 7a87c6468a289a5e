package com.qinglian.evidence.internal;

import com.qinglian.evidence.EvidenceStore;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Evidence lives on the local disk under {@code <data-dir>/evidence}, or, with {@code qinglian.evidence.store=s3},
 * in an S3-compatible bucket that every node of a cluster shares.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    EvidenceStore evidenceStore(
            @Value("${qinglian.data-dir}") Path dataDir,
            @Value("${qinglian.evidence.store:local}") String store,
            Environment environment)
            throws IOException {
        return switch (store) {
            case "local" -> new LocalEvidenceStore(dataDir.resolve("evidence"));
            case "s3" -> {
                S3Settings settings = S3Settings.from(environment);
                S3EvidenceStore s3 =
                        new S3EvidenceStore(settings.client(), settings, dataDir.resolve("evidence-s3-spool"));
                s3.checkBucket();
                yield s3;
            }
            default ->
                throw new IllegalArgumentException(
                        "qinglian.evidence.store (QINGLIAN_EVIDENCE_STORE) must be local or s3, not " + store);
        };
    }
}
