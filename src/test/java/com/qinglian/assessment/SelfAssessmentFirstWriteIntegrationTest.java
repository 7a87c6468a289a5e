package com.qinglian.assessment;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.assessment.SelfAssessmentScenarios.AGENCY_ITEMS;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.support.DatabaseTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading a self-assessment stores nothing; its rows come with the first write, and two first writes do not clash. */
@DatabaseTest
class SelfAssessmentFirstWriteIntegrationTest {

    @Autowired
    SelfAssessments assessments;

    @Autowired
    SelfAssessmentScenarios scenarios;

    @Autowired
    JdbcClient jdbc;

    private long headers(Opened opened) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM self_assessment a JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.unit_code = ?
                """)
                .params(opened.campaign(), opened.agency())
                .query(Long.class)
                .single();
    }

    private long itemRows(Opened opened) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM self_assessment_item i JOIN self_assessment a ON a.id = i.assessment_id
                  JOIN campaign c ON c.id = a.campaign_id WHERE c.code = ? AND a.unit_code = ?
                """)
                .params(opened.campaign(), opened.agency())
                .query(Long.class)
                .single();
    }

    private long auditEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }

    @Test
    void openingTheSheetStoresNothingAndTheFirstSaveCreatesEveryRow() {
        Opened opened = scenarios.opened();
        long audited = auditEntries();

        AssessmentSheet seen = uploadAs(opened.reporter(), () -> assessments.sheet(opened.campaign(), opened.agency()));
        uploadAs(anAdministrator(), () -> assessments.sheet(opened.campaign(), opened.agency()));

        assertThat(seen.items()).hasSize(AGENCY_ITEMS.size());
        assertThat(seen.answer("A1.1.1").version()).isZero();
        assertThat(seen.editable("A1.1.1")).isTrue();
        assertThat(headers(opened)).as("a GET writes nothing").isZero();
        assertThat(auditEntries()).isEqualTo(audited);

        uploadAs(
                opened.reporter(),
                () -> assessments.save(
                        opened.campaign(), opened.agency(), "A1.1.2", new ItemDraft(BigDecimal.ONE, "已落实", null), 0));

        assertThat(headers(opened)).isOne();
        assertThat(itemRows(opened)).isEqualTo(AGENCY_ITEMS.size());
        assertThat(scenarios.version(opened, "A1.1.2")).isOne();
    }

    @Test
    void twoFirstWritesAtTheSameMomentBothLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                Opened opened = scenarios.opened();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ItemAnswer>> saves = new ArrayList<>();
                for (String item : List.of("A1.1.1", "A1.1.2")) {
                    saves.add(pool.submit(() -> {
                        start.await();
                        return uploadAs(
                                opened.reporter(),
                                () -> assessments.save(
                                        opened.campaign(),
                                        opened.agency(),
                                        item,
                                        new ItemDraft(BigDecimal.ONE, "同时保存" + item, null),
                                        0));
                    }));
                }
                start.countDown();
                for (Future<ItemAnswer> save : saves) {
                    assertThat(save.get(60, TimeUnit.SECONDS).selfScore()).isEqualByComparingTo("1");
                }
                assertThat(headers(opened)).isOne();
                assertThat(itemRows(opened)).isEqualTo(AGENCY_ITEMS.size());
                assertThat(List.of(scenarios.version(opened, "A1.1.1"), scenarios.version(opened, "A1.1.2")))
                        .containsExactly(1, 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
