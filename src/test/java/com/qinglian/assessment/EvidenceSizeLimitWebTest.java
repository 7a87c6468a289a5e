package com.qinglian.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evidence.EvidenceSamples;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A file over the per-file limit is refused with its message and leaves no record. */
@DatabaseTest
@TestPropertySource(properties = "qinglian.evidence.max-file-mb=1")
class EvidenceSizeLimitWebTest {

    private static final int ONE_MB = 1024 * 1024;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfAssessmentScenarios scenarios;

    @Test
    void aFileOverTheLimitIsRefusedAndOneAtTheLimitIsTaken() {
        Opened o = scenarios.opened();
        String url = "/campaigns/" + o.campaign() + "/units/" + o.agency() + "/items/A1.1.1/evidence";

        assertThat(mvc.post()
                        .uri(url)
                        .multipart()
                        .file(new MockMultipartFile(
                                "file", "扫描件.pdf", "application/pdf", EvidenceSamples.ofSize(ONE_MB + 1)))
                        .header("HX-Request", "true")
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("文件超过 1 MB 的上限");
        assertThat(count(o)).isZero();

        assertThat(mvc.post()
                        .uri(url)
                        .multipart()
                        .file(new MockMultipartFile(
                                "file", "扫描件.pdf", "application/pdf", EvidenceSamples.ofSize(ONE_MB)))
                        .header("HX-Request", "true")
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("扫描件.pdf")
                .doesNotContain("上限");
        assertThat(count(o)).isEqualTo(1);
    }

    private long count(Opened o) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM evidence_file e JOIN self_assessment_item i ON i.id = e.item_id
                  JOIN self_assessment a ON a.id = i.assessment_id JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.unit_code = ?
                """).params(o.campaign(), o.agency()).query(Long.class).single();
    }
}
