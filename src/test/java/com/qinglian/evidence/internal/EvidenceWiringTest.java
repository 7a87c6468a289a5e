package com.qinglian.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.evidence.AcceptedFile;
import com.qinglian.evidence.EvidenceDownloads;
import com.qinglian.evidence.EvidenceIntake;
import com.qinglian.evidence.EvidenceSamples;
import com.qinglian.evidence.EvidenceStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The module's beans wire from the data directory and the limit properties alone (no database, no web). */
class EvidenceWiringTest {

    @TempDir
    Path dataDir;

    @Test
    void storesUnderTheDataDirectoryWithConfiguredLimits() {
        new ApplicationContextRunner()
                .withPropertyValues(
                        "qinglian.data-dir=" + dataDir,
                        "qinglian.evidence.max-file-mb=3",
                        "qinglian.evidence.max-unit-mb=7")
                .withUserConfiguration(EvidenceConfiguration.class, EvidenceIntake.class, EvidenceDownloads.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(EvidenceDownloads.class);
                    EvidenceIntake intake = context.getBean(EvidenceIntake.class);
                    assertThat(intake.maxFileBytes()).isEqualTo(3L * 1024 * 1024);
                    assertThat(intake.maxUnitBytes()).isEqualTo(7L * 1024 * 1024);

                    AcceptedFile file = intake.accept("a.pdf", EvidenceSamples.stream(EvidenceSamples.pdf()));
                    assertThat(context.getBean(EvidenceStore.class).exists(file.key()))
                            .isTrue();
                    assertThat(dataDir.resolve("evidence").resolve(file.key())).isRegularFile();
                });
    }

    @Test
    void defaultsTo20MbPerFileAnd500MbPerUnit() {
        new ApplicationContextRunner()
                .withPropertyValues("qinglian.data-dir=" + dataDir)
                .withUserConfiguration(EvidenceConfiguration.class, EvidenceIntake.class)
                .run(context -> {
                    EvidenceIntake intake = context.getBean(EvidenceIntake.class);
                    assertThat(intake.maxFileBytes()).isEqualTo(20L * 1024 * 1024);
                    assertThat(intake.maxUnitBytes()).isEqualTo(500L * 1024 * 1024);
                });
    }
}
