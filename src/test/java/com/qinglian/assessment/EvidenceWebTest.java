package com.qinglian.assessment;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evidence.EvidenceSamples;
import com.qinglian.evidence.EvidenceStore;
import com.qinglian.security.CurrentUser;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Evidence over HTTP: files refused by content with their message, names never used as paths,
 * re-uploads recognised, download headers, removal that hides but keeps, and no way into another
 * unit's files.
 */
@DatabaseTest
class EvidenceWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ItemEvidence evidence;

    @Autowired
    EvidenceStore store;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfAssessmentScenarios scenarios;

    private static String unitUrl(Opened o, String unit) {
        return "/campaigns/" + o.campaign() + "/units/" + unit;
    }

    private MvcTestResult upload(Opened o, CurrentUser as, String unit, String filename, byte[] content, boolean htmx) {
        var request = mvc.post()
                .uri(unitUrl(o, unit) + "/items/A1.1.1/evidence")
                .multipart()
                .file(new MockMultipartFile("file", filename, "application/pdf", content))
                .param("evidenceDate", "2021-06-30")
                .with(user(as))
                .with(csrf());
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.exchange();
    }

    private List<Map<String, Object>> files(Opened o, String unit) {
        return jdbc.sql("""
                SELECT e.* FROM evidence_file e JOIN self_assessment_item i ON i.id = e.item_id
                  JOIN self_assessment a ON a.id = i.assessment_id JOIN campaign c ON c.id = a.campaign_id
                 WHERE c.code = ? AND a.unit_code = ? ORDER BY e.id
                """).params(o.campaign(), unit).query().listOfRows();
    }

    private long uploadedBy(CurrentUser reporter, Opened o, String unit, String name, byte[] content) {
        return uploadAs(
                reporter,
                () -> evidence.add(o.campaign(), unit, "A1.1.1", name, EvidenceSamples.stream(content), null)
                        .file()
                        .id());
    }

    @Test
    void filesRefusedByContentShowTheirMessageAndLeaveNothingBehind() {
        Opened o = scenarios.opened();
        Map<String, byte[]> refused = Map.of(
                "文件为空", new byte[0],
                "不能上传程序或脚本文件", EvidenceSamples.windowsExecutable(),
                "不能上传网页、XML 或 SVG 文件", EvidenceSamples.htmlWithScript());
        refused.forEach((message, content) -> {
            assertThat(upload(o, o.reporter(), o.agency(), "通知.pdf", content, true))
                    .as(message)
                    .hasStatus(422)
                    .bodyText()
                    .contains(message);
            assertThat(upload(o, o.reporter(), o.agency(), "通知.pdf", content, false))
                    .as(message)
                    .hasStatus3xxRedirection()
                    .flash()
                    .containsEntry("problemText", message);
        });
        assertThat(upload(o, o.reporter(), o.agency(), "图表.pdf", EvidenceSamples.svgWithScript(), true))
                .hasStatus(422)
                .bodyText()
                .contains("不能上传网页、XML 或 SVG 文件");

        assertThat(files(o, o.agency())).isEmpty();
        assertThat(new AuditEntries(jdbc).actionsAbout("evidence", o.campaign() + "/" + o.agency() + "/A1.1.1"))
                .isEmpty();
    }

    @Test
    void aNameWithPathSegmentsIsKeptForDisplayOnlyAndStoredUnderARandomKey() {
        Opened o = scenarios.opened();
        assertThat(upload(o, o.reporter(), o.agency(), "../../etc/passwd.pdf", EvidenceFixtures.pdfBytes(), true))
                .hasStatusOk()
                .bodyText()
                .contains("passwd.pdf")
                .doesNotContain("../");

        Map<String, Object> row = files(o, o.agency()).get(0);
        assertThat(row.get("display_name")).isEqualTo("passwd.pdf");
        String key = (String) row.get("storage_key");
        assertThat(key).matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}").doesNotContain("passwd", "..");
        assertThat(store.exists(key)).isTrue();
        assertThat(row.get("kind")).isEqualTo("PDF");
        assertThat(row.get("evidence_date").toString()).isEqualTo("2021-06-30");
    }

    @Test
    void anIdenticalReUploadOnTheSameItemIsRecognisedAndNotStoredTwice() {
        Opened o = scenarios.opened();
        upload(o, o.reporter(), o.agency(), "制度.pdf", EvidenceFixtures.pdfBytes(), true);

        assertThat(upload(o, o.reporter(), o.agency(), "制度-副本.pdf", EvidenceFixtures.pdfBytes(), true))
                .hasStatusOk()
                .bodyText()
                .contains("相同内容的文件已上传过", "制度.pdf")
                .doesNotContain("制度-副本.pdf");
        assertThat(files(o, o.agency())).hasSize(1);
    }

    @Test
    void downloadsAreAttachmentsWithTheDetectedTypeAndPdfPreviewsAreInline() {
        Opened o = scenarios.opened();
        long id = uploadedBy(o.reporter(), o, o.agency(), "检查记录.docx", EvidenceFixtures.pdfBytes());

        var download = assertThat(mvc.get()
                        .uri(unitUrl(o, o.agency()) + "/evidence/" + id)
                        .with(user(o.reporter())))
                .hasStatusOk();
        download.hasContentType("application/pdf").headers().hasSingleValue("X-Content-Type-Options", "nosniff");
        download.headers()
                .hasHeaderSatisfying(
                        "Content-Disposition",
                        values -> assertThat(values.get(0)).startsWith("attachment"));
        download.body().isEqualTo(EvidenceFixtures.pdfBytes());

        assertThat(mvc.get()
                        .uri(unitUrl(o, o.agency()) + "/evidence/" + id + "?preview=true")
                        .with(user(o.reporter())))
                .hasStatusOk()
                .hasContentType("application/pdf")
                .headers()
                .hasHeaderSatisfying(
                        "Content-Disposition",
                        values -> assertThat(values.get(0)).startsWith("inline"))
                .hasSingleValue("X-Content-Type-Options", "nosniff");
    }

    @Test
    void removalHidesTheFileKeepsItStoredAndIsAudited() {
        Opened o = scenarios.opened();
        long id = uploadedBy(o.reporter(), o, o.agency(), "旧版制度.pdf", EvidenceFixtures.pdfBytes());
        String key = (String) files(o, o.agency()).get(0).get("storage_key");

        assertThat(mvc.post()
                        .uri(unitUrl(o, o.agency()) + "/evidence/" + id + "/delete")
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("success", "evidence.removed");

        assertThat(mvc.get().uri(unitUrl(o, o.agency()) + "/self-assessment").with(user(o.reporter())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("旧版制度.pdf");
        assertThat(mvc.get().uri(unitUrl(o, o.agency()) + "/evidence/" + id).with(user(o.reporter())))
                .hasStatus(404);
        assertThat(files(o, o.agency()))
                .singleElement()
                .satisfies(row -> assertThat(row.get("removed_by")).isNotNull());
        assertThat(store.exists(key)).isTrue();
        assertThat(new AuditEntries(jdbc).actionsAbout("evidence", o.campaign() + "/" + o.agency() + "/A1.1.1"))
                .containsExactly("UPLOAD", "REMOVE");
    }

    @Test
    void aReporterOfAnotherUnitReachesNoneOfItsEvidence() {
        Opened o = scenarios.opened();
        byte[] secret = (new String(EvidenceFixtures.pdfBytes(), StandardCharsets.US_ASCII) + "% 甲单位内部材料\n")
                .getBytes(StandardCharsets.UTF_8);
        long theirs = uploadedBy(o.reporter(), o, o.agency(), "甲单位谈话记录.pdf", secret);
        CurrentUser stranger = aReporterOf(o.station());
        long mine = uploadedBy(stranger, o, o.station(), "乙单位制度.pdf", EvidenceFixtures.pdfBytes());
        String agencyName = "区测试局" + o.agency();

        List<MvcTestResult> attempts = List.of(
                mvc.get()
                        .uri(unitUrl(o, o.agency()) + "/self-assessment")
                        .with(user(stranger))
                        .exchange(),
                mvc.get()
                        .uri(unitUrl(o, o.agency()) + "/evidence/" + theirs)
                        .with(user(stranger))
                        .exchange(),
                mvc.get()
                        .uri(unitUrl(o, o.agency()) + "/evidence/" + theirs + "?preview=true")
                        .with(user(stranger))
                        .exchange(),
                mvc.post()
                        .uri(unitUrl(o, o.agency()) + "/evidence/" + theirs + "/delete")
                        .with(user(stranger))
                        .with(csrf())
                        .exchange(),
                upload(o, stranger, o.agency(), "混入.pdf", EvidenceFixtures.pdfBytes(), true),
                upload(o, stranger, o.agency(), "混入.pdf", EvidenceFixtures.pdfBytes(), false),
                // the stranger's own unit in the URL, the other unit's evidence id
                mvc.get()
                        .uri(unitUrl(o, o.station()) + "/evidence/" + theirs)
                        .with(user(stranger))
                        .exchange(),
                mvc.get()
                        .uri(unitUrl(o, o.station()) + "/evidence/" + theirs + "?preview=true")
                        .with(user(stranger))
                        .exchange(),
                mvc.post()
                        .uri(unitUrl(o, o.station()) + "/evidence/" + theirs + "/delete")
                        .with(user(stranger))
                        .with(csrf())
                        .exchange());
        for (MvcTestResult attempt : attempts) {
            assertThat(attempt).hasStatus(404).bodyText().doesNotContain(agencyName, "甲单位谈话记录", "甲单位内部材料", "%PDF");
        }

        assertThat(files(o, o.agency()))
                .singleElement()
                .satisfies(row -> assertThat(row.get("removed_at")).isNull());
        assertThat(files(o, o.station()))
                .extracting(row -> ((Number) row.get("id")).longValue())
                .containsExactly(mine);
    }
}
