package com.qinglian.evidence.internal;

import com.qinglian.evidence.EvidenceStore;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Evidence lives on the local disk under {@code <data-dir>/evidence} until another store is configured. */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    EvidenceStore evidenceStore(@Value("${qinglian.data-dir}") Path dataDir) throws IOException {
        return new LocalEvidenceStore(dataDir.resolve("evidence"));
    }
}
