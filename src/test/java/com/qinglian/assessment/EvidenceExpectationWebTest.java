package com.qinglian.assessment;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aLeader;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.rubric.ExpectationDraft;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.security.CurrentUser;
import com.qinglian.support.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Evidence expectations over HTTP: proposals and the organiser's form on the rubric page, refused forms
 * answered 422 with their message, the check on the unit's sheet and the scoring page, document dates
 * edited and refused, the organisers' count of units falling short, and who may do what.
 */
@DatabaseTest
class EvidenceExpectationWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SelfAssessmentScenarios scenarios;

    @Autowired
    ItemEvidence evidence;

    @Autowired
    ItemExpectations expectations;

    @Autowired
    Campaigns campaigns;

    @Autowired
    JdbcClient jdbc;

    private int files;

    @Test
    void theBuiltInRubricPageShowsWhatTheTextsStateAsProposalsAndOnlyOrganisersGetTheForm() {
        assertThat(mvc.get().uri("/rubrics/ouhai-clean-agency/2021"))
                .hasStatusOk()
                .bodyText()
                .contains("佐证要求", "每季度不少于 1 份佐证材料", "原文“每季度不少于1次”", "每半年不少于 1 份佐证材料", "比例不低于 95%", "全覆盖(100%)")
                .contains("待确认")
                .doesNotContain("expectation-edit");
        assertThat(mvc.get().uri("/rubrics/ouhai-clean-agency/2021").with(user(anAdministrator())))
                .hasStatusOk()
                .bodyText()
                .contains("expectation-edit", "确认或修改", "添加佐证要求", "expectation-summary");
    }

    @Test
    void theOrganiserConfirmsAnExpectationAndAWrongFormIsRefusedWith422() {
        Opened o = scenarios.opened();
        Campaign c = campaigns.get(o.campaign());
        String page = "/rubrics/" + c.rubricCode() + "/" + c.rubricVersion();

        assertThat(mvc.post()
                        .uri(page + "/expectations/A1.1.1")
                        .param("kind", "COUNT")
                        .param("period", "QUARTER")
                        .param("perPeriod", "0")
                        .with(user(anAdministrator()))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("每期份数应为 1 至 100 的整数");
        assertThat(stored(c)).isZero();

        assertThat(mvc.post()
                        .uri(page + "/expectations/A1.1.1")
                        .param("kind", "COUNT")
                        .param("period", "QUARTER")
                        .param("perPeriod", "1")
                        .param("evidenceName", "监督检查记录")
                        .with(user(anAdministrator()))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(page + "#expectation-A1.1.1");
        assertThat(stored(c)).isOne();
        assertThat(mvc.get().uri(page).with(user(anAdministrator()))).bodyText().contains("每季度不少于 1 份监督检查记录", "已确认");

        assertThat(mvc.post()
                        .uri(page + "/expectations/NO.SUCH")
                        .param("kind", "NONE")
                        .with(user(anAdministrator()))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(page + "/expectations/A1.1.1")
                        .param("kind", "NONE")
                        .with(user(aReporterOf(o.agency())))
                        .with(csrf()))
                .hasStatus(403);
    }

    @Test
    void theUnitAndItsEvaluatorsSeeTheMissingQuarterAndNoOtherUnitSeesIt() {
        Opened o = scenarios.opened();
        confirmQuarterly(o);
        upload(o, "2021-02-01", "2021-05-01", "2021-12-01");
        String sheet = "/campaigns/" + o.campaign() + "/units/" + o.agency() + "/self-assessment";

        assertThat(mvc.get().uri(sheet).with(user(o.reporter())))
                .hasStatusOk()
                .bodyText()
                .contains("第三季度缺少监督检查记录", "仅作提示,不影响提交和评分")
                .doesNotContain("第一季度缺少");
        assertThat(mvc.get()
                        .uri("/campaigns/" + o.campaign() + "/units/" + o.agency() + "/scoring")
                        .with(user(anAdministrator())))
                .hasStatusOk()
                .bodyText()
                .contains("第三季度缺少监督检查记录", "材料日期 2021-05-01");
        assertThat(mvc.get().uri(sheet).with(user(aReporterOf(o.station())))).hasStatus(404);
        assertThat(mvc.get()
                        .uri("/campaigns/" + o.campaign() + "/units/" + o.station() + "/self-assessment")
                        .with(user(aReporterOf(o.station()))))
                .bodyText()
                .contains("第一季度缺少监督检查记录")
                .as("the station's sheet names its own periods")
                .doesNotContain("2021-05-01");
    }

    @Test
    void documentDatesAreEditedWhileTheItemIsOpenAndImplausibleOnesAreRefusedWith422() {
        Opened o = scenarios.opened();
        long id = upload(o, "2021-03-01");
        String url = "/campaigns/" + o.campaign() + "/units/" + o.agency() + "/evidence/" + id + "/date";

        assertThat(mvc.post()
                        .uri(url)
                        .param("evidenceDate", "2099-01-01")
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("材料日期不能晚于今天");
        assertThat(mvc.post()
                        .uri(url)
                        .param("evidenceDate", "2018-05-01")
                        .header("HX-Request", "true")
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("材料日期应在 2020-01-01 至 2022-12-31 之间");
        assertThat(mvc.post()
                        .uri(url)
                        .param("evidenceDate", "2021/13/01")
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("材料日期格式应为 2021-03-01");
        assertThat(dateOf(id)).isEqualTo(LocalDate.of(2021, 3, 1));

        assertThat(mvc.post()
                        .uri(url)
                        .param("evidenceDate", "2021-08-15")
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(dateOf(id)).isEqualTo(LocalDate.of(2021, 8, 15));

        String otherUnits = "/campaigns/" + o.campaign() + "/units/" + o.station() + "/evidence/" + id + "/date";
        assertThat(mvc.post()
                        .uri(otherUnits)
                        .param("evidenceDate", "2021-01-01")
                        .with(user(aReporterOf(o.station())))
                        .with(csrf()))
                .as("the file is not the station's")
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(url)
                        .param("evidenceDate", "2021-01-01")
                        .with(user(aReporterOf(o.station())))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri(url)
                        .param("evidenceDate", "2021-01-01")
                        .with(user(anAdministrator()))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(dateOf(id)).isEqualTo(LocalDate.of(2021, 8, 15));
    }

    @Test
    void anUploadWithAFutureDateIsRefusedWith422AndStoresNothing() {
        Opened o = scenarios.opened();
        assertThat(mvc.post()
                        .uri("/campaigns/" + o.campaign() + "/units/" + o.agency() + "/items/A1.1.1/evidence")
                        .multipart()
                        .file(new MockMultipartFile("file", "记录.pdf", "application/pdf", EvidenceFixtures.pdfBytes()))
                        .param("evidenceDate", LocalDate.now().plusDays(3).toString())
                        .header("HX-Request", "true")
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("材料日期不能晚于今天");
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM evidence_file e JOIN self_assessment_item i ON i.id = e.item_id
                          JOIN self_assessment a ON a.id = i.assessment_id JOIN campaign c ON c.id = a.campaign_id
                         WHERE c.code = ?
                        """).param(o.campaign()).query(Long.class).single()).isZero();
    }

    @Test
    void organisersSeeHowManyUnitsFallShortPerItemAndNobodyElseDoes() {
        Opened o = scenarios.opened();
        confirmQuarterly(o);
        upload(o, "2021-02-01", "2021-05-01", "2021-08-01", "2021-11-01");
        String url = "/campaigns/" + o.campaign() + "/expectations";

        assertThat(mvc.get().uri(url).with(user(anAdministrator())))
                .hasStatusOk()
                .bodyText()
                .contains("佐证要求核对", "A1.1.1", "每季度不少于 1 份监督检查记录", "2021 年度各单位")
                .containsPattern("<td class=\"text-end\">2</td>\\s*<td class=\"text-end short-count\">\\s*"
                        + "<span class=\"badge text-bg-warning\">1</span>");
        assertThat(mvc.get().uri(url).with(user(aLeader()))).hasStatus(403);
        assertThat(mvc.get().uri(url).with(user(o.reporter()))).hasStatus(403);
        assertThat(mvc.get().uri("/campaigns/" + o.campaign() + "/progress").with(user(anAdministrator())))
                .bodyText()
                .contains("/campaigns/" + o.campaign() + "/expectations");
    }

    private void confirmQuarterly(Opened o) {
        Campaign c = campaigns.get(o.campaign());
        expectations.confirm(
                c.rubricCode(),
                c.rubricVersion(),
                "A1.1.1",
                new ExpectationDraft("COUNT", "QUARTER", "1", null, "监督检查记录"),
                "admin");
    }

    private long upload(Opened o, String... dates) {
        CurrentUser reporter = o.reporter();
        long id = 0;
        for (String date : dates) {
            byte[] content = (new String(EvidenceFixtures.pdfBytes(), StandardCharsets.ISO_8859_1) + "\n% " + (++files)
                            + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            id = uploadAs(
                            reporter,
                            () -> evidence.add(
                                    o.campaign(),
                                    o.agency(),
                                    "A1.1.1",
                                    "检查记录.pdf",
                                    new ByteArrayInputStream(content),
                                    LocalDate.parse(date)))
                    .file()
                    .id();
        }
        return id;
    }

    private long stored(Campaign c) {
        return jdbc.sql("SELECT COUNT(*) FROM item_expectation WHERE rubric_code = ? AND rubric_version = ?")
                .params(c.rubricCode(), c.rubricVersion())
                .query(Long.class)
                .single();
    }

    private LocalDate dateOf(long id) {
        return jdbc.sql("SELECT evidence_date FROM evidence_file WHERE id = ?")
                .param(id)
                .query(LocalDate.class)
                .single();
    }
}
