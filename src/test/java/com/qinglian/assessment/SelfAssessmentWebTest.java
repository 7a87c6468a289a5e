package com.qinglian.assessment;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.assessment.SelfAssessmentScenarios.AGENCY_ITEMS;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.security.SecurityFixtures.anEvaluator;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static com.qinglian.security.SecurityFixtures.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.campaign.Campaigns;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Self-assessment over HTTP: saving with refused scores, progress, submit, return by organisers and
 * assigned evaluators, resubmit, history, audit, and two writers on one item.
 */
@DatabaseTest
class SelfAssessmentWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    ItemEvidence evidence;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfAssessmentScenarios scenarios;

    AuditEntries audit;

    @BeforeEach
    void audit() {
        audit = new AuditEntries(jdbc);
    }

    private static String sheetUrl(Opened o) {
        return "/campaigns/" + o.campaign() + "/units/" + o.agency() + "/self-assessment";
    }

    private static String itemUrl(Opened o, String item) {
        return "/campaigns/" + o.campaign() + "/units/" + o.agency() + "/items/" + item;
    }

    private MvcTestResult save(
            Opened o,
            CurrentUser as,
            String item,
            String score,
            String explanation,
            String reason,
            int version,
            boolean htmx) {
        var request = mvc.post()
                .uri(itemUrl(o, item))
                .with(user(as))
                .with(csrf())
                .param("selfScore", score)
                .param("explanation", explanation)
                .param("version", String.valueOf(version));
        if (reason != null) {
            request.param("noEvidenceReason", reason);
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request.exchange();
    }

    private MvcTestResult returnItems(Opened o, CurrentUser as, String reason, String... items) {
        var request = mvc.post()
                .uri("/campaigns/" + o.campaign() + "/units/" + o.agency() + "/return")
                .with(user(as))
                .with(csrf());
        if (reason != null) {
            request.param("reason", reason);
        }
        return request.param("items", items).exchange();
    }

    private MvcTestResult submit(Opened o) {
        return mvc.post()
                .uri("/campaigns/" + o.campaign() + "/units/" + o.agency() + "/submit")
                .with(user(o.reporter()))
                .with(csrf())
                .exchange();
    }

    private String storedExplanation(Opened o, String item) {
        return jdbc.sql("""
                SELECT i.explanation FROM self_assessment_item i JOIN self_assessment a ON a.id = i.assessment_id
                  JOIN campaign c ON c.id = a.campaign_id WHERE c.code = ? AND a.unit_code = ? AND i.item_code = ?
                """)
                .params(o.campaign(), o.agency(), item)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private CurrentUser assignedEvaluator(Opened o) {
        String name = uniqueUsername("eval");
        accounts.create(new UserAccounts.NewUser(name, "考评组成员", Role.EVALUATOR, null));
        campaigns.assign(o.campaign(), name, List.of(o.agency()), null, false);
        return signedIn(name, Role.EVALUATOR, null);
    }

    @Test
    void theReporterSeesTheUnitsItemsAndProgress() {
        Opened o = scenarios.opened();
        assertThat(mvc.get()
                        .uri("/campaigns/" + o.campaign() + "/self-assessment")
                        .with(user(o.reporter())))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo(sheetUrl(o));
        assertThat(mvc.get().uri(sheetUrl(o)).with(user(o.reporter())))
                .hasStatusOk()
                .bodyText()
                .contains("区测试局" + o.agency() + " 自评", "A1.1.1", "B1.1", "已完成 0 / 3 项")
                .doesNotContain("B1.2", "hx-swap-oob");
    }

    @Test
    void aSaveIsStoredAtOnceAndSurvivesANewSession() {
        Opened o = scenarios.opened();
        assertThat(save(o, o.reporter(), "A1.1.1", "1.5", "每季度开展监督检查", "制度已公开", 0, true))
                .hasStatusOk()
                .bodyText()
                .contains("已保存", "已完成 1 / 3 项")
                // only what changed, out of band: the fields being typed in are not replaced
                .contains(
                        "id=\"version-A1.1.1\" value=\"1\" hx-swap-oob=\"true\"",
                        "id=\"assessment-progress\" class=\"mb-2\" hx-swap-oob=\"true\"")
                .doesNotContain("<textarea", "name=\"selfScore\"");

        assertThat(storedExplanation(o, "A1.1.1")).isEqualTo("每季度开展监督检查");
        CurrentUser sameReporterLater = signedIn(o.reporter().getUsername(), Role.UNIT_REPORTER, o.agency());
        assertThat(mvc.get().uri(sheetUrl(o)).with(user(sameReporterLater)))
                .hasStatusOk()
                .bodyText()
                .contains("每季度开展监督检查", "已完成 1 / 3 项");
        assertThat(audit.about("self_assessment_item", o.campaign() + "/" + o.agency() + "/A1.1.1"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("UPDATE");
                    assertThat(e.actor()).isEqualTo(o.reporter().getUsername());
                    assertThat(e.afterJson()).contains("每季度开展监督检查");
                });
    }

    @Test
    void wrongScoresAreExplainedAndNothingIsSaved() {
        Opened o = scenarios.opened();
        for (String score : List.of("0.3", "2.5", "-1", "3")) {
            assertThat(save(o, o.reporter(), "A1.1.1", score, "说明" + score, null, 0, true))
                    .as(score)
                    .hasStatus(422)
                    .bodyText()
                    .contains("自评得分应在 0 到 2 分之间,且为 0.5 分的整数倍")
                    .doesNotContain("已保存");
        }
        assertThat(save(o, o.reporter(), "A1.1.1", "两分", "说明", null, 0, true))
                .hasStatus(422)
                .bodyText()
                .contains("自评得分应为数字");
        assertThat(save(o, o.reporter(), "A1.1.1", "abc", "说明", null, 0, false))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problemText", "自评得分应为数字");

        assertThat(storedExplanation(o, "A1.1.1")).isNull();
        assertThat(scenarios.version(o, "A1.1.1")).isZero();
        assertThat(audit.about("self_assessment_item", o.campaign() + "/" + o.agency() + "/A1.1.1"))
                .isEmpty();
    }

    @Test
    void twoSavesOnTheSameVersionTheSecondIsToldAndTheFirstStays() {
        Opened o = scenarios.opened();
        assertThat(save(o, o.reporter(), "A1.1.1", "2", "第一位填写人", null, 0, true))
                .hasStatusOk();

        assertThat(save(o, o.reporter(), "A1.1.1", "1", "第二位填写人", null, 0, true))
                .hasStatus(409)
                .bodyText()
                .contains("已被他人修改");
        assertThat(save(o, o.reporter(), "A1.1.1", "1", "第二位填写人", null, 0, false))
                .hasStatus3xxRedirection()
                .flash()
                .hasEntrySatisfying(
                        "problemText", text -> assertThat((String) text).contains("已被他人修改"));

        assertThat(storedExplanation(o, "A1.1.1")).isEqualTo("第一位填写人");
        assertThat(scenarios.version(o, "A1.1.1")).isEqualTo(1);
    }

    @Test
    void submitIsRefusedNamingTheIncompleteItems() {
        Opened o = scenarios.opened();
        save(o, o.reporter(), "A1.1.1", "2", "已完成", "制度已公开", 0, true);
        save(o, o.reporter(), "A1.1.2", "2", "有说明但没有材料", null, 0, true);

        assertThat(submit(o))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("incomplete", List.of("A1.1.2", "B1.1"))
                .containsEntry("problemText", "还有 2 项未完成(已在下表中标出),完成后才能提交。");
        assertThat(uploadAs(anAdministrator(), () -> assessments.sheet(o.campaign(), o.agency()))
                        .status())
                .isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void afterSubmitTheUnitCanNoLongerChangeAnything() {
        Opened o = scenarios.opened();
        scenarios.completeAll(o.campaign(), o.agency(), o.reporter());
        long file = uploadAs(
                o.reporter(),
                () -> evidence.add(o.campaign(), o.agency(), "A1.1.1", "制度.pdf", EvidenceFixtures.pdf(), null)
                        .file()
                        .id());
        assertThat(submit(o)).hasStatus3xxRedirection().flash().containsEntry("success", "assessment.submitted");

        assertThat(save(o, o.reporter(), "A1.1.1", "0", "改一下", null, scenarios.version(o, "A1.1.1"), true))
                .hasStatus(409);
        assertThat(mvc.post()
                        .uri(itemUrl(o, "A1.1.1") + "/evidence")
                        .multipart()
                        .file(new MockMultipartFile("file", "补充.pdf", "application/pdf", EvidenceFixtures.pdfBytes()))
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatus(409);
        assertThat(mvc.post()
                        .uri("/campaigns/" + o.campaign() + "/units/" + o.agency() + "/evidence/" + file + "/delete")
                        .with(user(o.reporter()))
                        .with(csrf()))
                .hasStatus(409);
        assertThat(mvc.get().uri(sheetUrl(o)).with(user(o.reporter())))
                .hasStatusOk()
                .bodyText()
                .contains("已提交", "制度.pdf")
                .doesNotContain("提交自评", "/delete");
        assertThat(storedExplanation(o, "A1.1.1")).isEqualTo("已按要求落实A1.1.1");
    }

    @Test
    void anAdministratorReturnsItemsOnlyThoseReopenAndTheUnitResubmits() {
        Opened o = scenarios.submitted();
        CurrentUser admin = anAdministrator();

        assertThat(returnItems(o, admin, "请补充检查记录", "A1.1.2"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("success", "assessment.returned");

        assertThat(mvc.get().uri(sheetUrl(o)).with(user(o.reporter())))
                .hasStatusOk()
                .bodyText()
                .contains("退回原因:请补充检查记录", "已退回补充");
        assertThat(save(o, o.reporter(), "A1.1.1", "1", "不该能改", null, scenarios.version(o, "A1.1.1"), true))
                .hasStatus(409);
        assertThat(save(o, o.reporter(), "A1.1.2", "1.5", "已补充四次检查记录", "记录见附件", scenarios.version(o, "A1.1.2"), true))
                .hasStatusOk()
                .bodyText()
                .contains("已保存", "已退回");
        assertThat(submit(o)).hasStatus3xxRedirection().flash().containsEntry("success", "assessment.submitted");

        AssessmentSheet sheet = uploadAs(admin, () -> assessments.sheet(o.campaign(), o.agency()));
        assertThat(sheet.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(sheet.history())
                .extracting(
                        AssessmentEvent::kind,
                        AssessmentEvent::actor,
                        AssessmentEvent::reason,
                        AssessmentEvent::itemCodes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AssessmentEvent.Kind.SUBMIT, o.reporter().getUsername(), null, List.of()),
                        org.assertj.core.groups.Tuple.tuple(
                                AssessmentEvent.Kind.RETURN, admin.getUsername(), "请补充检查记录", List.of("A1.1.2")),
                        org.assertj.core.groups.Tuple.tuple(
                                AssessmentEvent.Kind.RESUBMIT, o.reporter().getUsername(), null, List.of("A1.1.2")));
        assertThat(mvc.get().uri(sheetUrl(o)).with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .containsSubsequence(
                        "提交与退回记录",
                        "提交",
                        o.reporter().getUsername(),
                        "退回",
                        admin.getUsername(),
                        "请补充检查记录",
                        "重新提交",
                        o.reporter().getUsername());

        String entity = o.campaign() + "/" + o.agency();
        assertThat(audit.actionsAbout("self_assessment", entity)).containsExactly("SUBMIT", "RETURN", "RESUBMIT");
        assertThat(audit.about("self_assessment", entity).get(1).reason()).isEqualTo("请补充检查记录");
        assertThat(audit.actionsAbout("self_assessment_item", entity + "/A1.1.2"))
                .containsExactly("UPDATE", "UPDATE");
    }

    @Test
    void anAssignedEvaluatorReturnsItemsOthersCannot() {
        Opened o = scenarios.submitted();

        assertThat(returnItems(o, anEvaluator(), "未分配的考评员", "A1.1.1")).hasStatus(404);
        assertThat(returnItems(o, o.reporter(), "单位自己退回", "A1.1.1")).hasStatus(403);
        CurrentUser evaluator = assignedEvaluator(o);
        assertThat(returnItems(o, evaluator, null, "A1.1.1"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problemText", "请填写退回原因");
        assertThat(returnItems(o, evaluator, "请补充", new String[0]))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problemText", "请勾选要退回的细则");
        assertThat(uploadAs(anAdministrator(), () -> assessments.sheet(o.campaign(), o.agency()))
                        .status())
                .isEqualTo(AssessmentStatus.SUBMITTED);

        assertThat(returnItems(o, evaluator, "说明过于简单", "A1.1.1", "B1.1"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("success", "assessment.returned");
        AssessmentSheet sheet = uploadAs(o.reporter(), () -> assessments.sheet(o.campaign(), o.agency()));
        assertThat(AGENCY_ITEMS).filteredOn(sheet::editable).containsExactly("A1.1.1", "B1.1");
        assertThat(sheet.history()).last().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(evaluator.getUsername());
            assertThat(e.reason()).isEqualTo("说明过于简单");
        });
    }

    @Test
    void anEvaluatorReturnsOnlyItemsOfTheSubtreeAssignedToThem() {
        Opened o = scenarios.submitted();
        String name = uniqueUsername("evalA");
        accounts.create(new UserAccounts.NewUser(name, "只评共性指标", Role.EVALUATOR, null));
        campaigns.assign(o.campaign(), name, List.of(o.agency()), "A", false);
        CurrentUser evaluator = signedIn(name, Role.EVALUATOR, null);

        assertThat(returnItems(o, evaluator, "超出范围", "B1.1"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problemText", "细则“B1.1”不在您的评分范围内,不能由您退回");
        assertThat(returnItems(o, evaluator, "请补充", "A1.1.2"))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("success", "assessment.returned");
        AssessmentSheet sheet = uploadAs(o.reporter(), () -> assessments.sheet(o.campaign(), o.agency()));
        assertThat(AGENCY_ITEMS).filteredOn(sheet::editable).containsExactly("A1.1.2");
    }

    @Test
    void aReporterOfAnotherUnitCannotReadOrWriteTheSheet() {
        Opened o = scenarios.opened();
        save(o, o.reporter(), "A1.1.1", "2", "甲单位的秘密说明", null, 0, true);
        CurrentUser stranger = aReporterOf(o.station());

        assertThat(mvc.get().uri(sheetUrl(o)).with(user(stranger)))
                .hasStatus(404)
                .bodyText()
                .doesNotContain("甲单位的秘密说明", "区测试局" + o.agency());
        assertThat(save(o, stranger, "A1.1.1", "0", "篡改", null, 1, true))
                .hasStatus(404)
                .bodyText()
                .doesNotContain("甲单位");
        assertThat(save(o, stranger, "A1.1.1", "0", "篡改", null, 1, false)).hasStatus(404);
        assertThat(storedExplanation(o, "A1.1.1")).isEqualTo("甲单位的秘密说明");
    }
}
