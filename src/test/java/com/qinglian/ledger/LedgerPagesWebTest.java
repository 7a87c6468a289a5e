package com.qinglian.ledger;

import static com.qinglian.ledger.LedgerFixtures.campaignWithUnits;
import static com.qinglian.ledger.LedgerFixtures.secondForm;
import static com.qinglian.ledger.LedgerFixtures.surveyRow;
import static com.qinglian.ledger.LedgerFixtures.surveySheet;
import static com.qinglian.ledger.LedgerFixtures.uniqueDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.assessment.EvidenceFixtures;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.ledger.cases.CaseAttachment;
import com.qinglian.ledger.cases.CaseEntry;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.inspections.InspectionDetails;
import com.qinglian.ledger.inspections.InspectionKind;
import com.qinglian.ledger.inspections.Inspections;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The ledger pages over HTTP: forms and their messages, the finalized campaign, and who may reach what. */
@DatabaseTest
class LedgerPagesWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    LedgerCases cases;

    @Autowired
    Ledger ledger;

    @Autowired
    UserAccounts accounts;

    private static final CurrentUser ADMIN = SecurityFixtures.anAdministrator();

    @Test
    void anAdministratorRecordsACaseWithAnAttachmentAndADuplicateIsExplained() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        String document = uniqueDocument();
        MockMultipartFile pdf =
                new MockMultipartFile("attachments", "决定书.pdf", "application/pdf", EvidenceFixtures.pdfBytes());

        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                HttpMethod.POST, "/campaigns/" + s.campaign() + "/ledger")
                        .file(pdf)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("ruleCode", "FORM2")
                        .param("count", "2")
                        .param("multiplier", "1")
                        .param("date", "2021-04-02")
                        .param("documentNumber", document)
                        .param("issuingBody", "区纪委区监委")))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/campaigns/" + s.campaign() + "/ledger");
        CaseEntry entry = ledger.entries(s.campaign()).get(0);
        assertThat(entry.ledgerCase().count()).isEqualTo(2);
        assertThat(entry.attachments()).extracting(CaseAttachment::displayName).containsExactly("决定书.pdf");

        assertThat(mvc.get().uri("/campaigns/" + s.campaign() + "/ledger").with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains(document, "决定书.pdf", "被区纪委区监委采取第二种形态处理");
        assertThat(mvc.get()
                        .uri("/campaigns/" + s.campaign() + "/ledger/attachments/"
                                + entry.attachments().get(0).id())
                        .with(user(ADMIN)))
                .hasStatusOk()
                .hasHeader("X-Content-Type-Options", "nosniff");

        assertThat(mvc.post()
                        .uri("/campaigns/" + s.campaign() + "/ledger")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("ruleCode", "FORM1")
                        .param("count", "1")
                        .param("date", "2021-05-02")
                        .param("documentNumber", document)
                        .param("issuingBody", "区纪委区监委"))
                .hasStatus(422)
                .bodyText()
                .contains("文号“" + document + "”已为单位 " + s.unit(0) + " 登记过");
        assertThat(ledger.cases(s.campaign())).hasSize(1);
    }

    @Test
    void aSurveyImportWithErrorsShowsTheReportAndStoresNothing() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "测评.xlsx",
                "application/octet-stream",
                surveySheet(List.of(surveyRow(s.unit(0), "10", "120", "满意"))));

        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                HttpMethod.POST, "/campaigns/" + s.campaign() + "/surveys")
                        .file(file)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("kind", "THIRD_PARTY")
                        .param("itemCode", "A5.1.3")))
                .hasStatus(422)
                .bodyText()
                .contains("“测评.xlsx”未导入", "满意率“120”须为 0 至 100 之间的数字");
        assertThat(ledger.surveys(s.campaign())).isEmpty();
    }

    @Test
    void aFinalizedCampaignIsReadOnlyOverHttp() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        LedgerCase saved =
                cases.record(s.campaign(), secondForm(s.unit(0), uniqueDocument(), LocalDate.of(2021, 3, 1)));
        LedgerFixtures.finalize(campaigns, s.campaign());
        String base = "/campaigns/" + s.campaign();

        assertThat(mvc.get().uri(base + "/ledger").with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains(saved.documentNumber())
                .doesNotContain("登记案件");
        assertThat(mvc.get().uri(base + "/ledger/new").with(user(ADMIN))).hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.get().uri(base + "/ledger/" + saved.id() + "/edit").with(user(ADMIN)))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri(base + "/ledger")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("ruleCode", "FORM1")
                        .param("count", "1")
                        .param("date", "2021-05-02")
                        .param("documentNumber", uniqueDocument())
                        .param("issuingBody", "区纪委"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri(base + "/ledger/" + saved.id())
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("ruleCode", "FORM1")
                        .param("count", "1")
                        .param("date", "2021-05-02")
                        .param("documentNumber", saved.documentNumber())
                        .param("issuingBody", "区纪委")
                        .param("reason", "改")
                        .param("version", "0"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri(base + "/ledger/" + saved.id() + "/delete")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("reason", "删"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri(base + "/inspections")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("kind", "DAILY")
                        .param("date", "2021-05-02")
                        .param("inspector", "王")
                        .param("findings", "x")
                        .param("itemCode", "A5.1.1")
                        .param("proposedScore", "1"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                HttpMethod.POST, base + "/surveys")
                        .file(new MockMultipartFile(
                                "file",
                                "x.xlsx",
                                "application/octet-stream",
                                surveySheet(List.of(surveyRow(s.unit(0), "1", "90", "满意")))))
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("kind", "THIRD_PARTY")
                        .param("itemCode", "A5.1.3")))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(ledger.cases(s.campaign())).containsExactly(saved);
        assertThat(ledger.surveys(s.campaign())).isEmpty();
    }

    @Test
    void reportersCannotReachTheLedgerAndEvaluatorsSeeOnlyTheirUnitsHistory() {
        Scenario s = campaignWithUnits(campaigns, units, 2);
        String base = "/campaigns/" + s.campaign();
        LedgerCase recent =
                cases.record(s.campaign(), secondForm(s.unit(0), uniqueDocument(), LocalDate.of(2020, 3, 1)));
        LedgerCase old = cases.record(s.campaign(), secondForm(s.unit(0), uniqueDocument(), LocalDate.of(2019, 3, 1)));
        String evaluator = SecurityFixtures.uniqueUsername("pj");
        accounts.create(new UserAccounts.NewUser(evaluator, "评价员", Role.EVALUATOR, null));
        campaigns.assign(s.campaign(), evaluator, List.of(s.unit(0)), null, false);
        CurrentUser assigned = SecurityFixtures.signedIn(evaluator, Role.EVALUATOR, null);
        CurrentUser reporter = SecurityFixtures.aReporterOf(s.unit(0));

        for (String page : List.of("/ledger", "/ledger/new", "/surveys", "/inspections")) {
            assertThat(mvc.get().uri(base + page).with(user(reporter))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(base + page).with(user(assigned))).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri(base + "/units/" + s.unit(0) + "/ledger").with(user(reporter)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(base + "/units/" + s.unit(1) + "/ledger").with(user(assigned)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(base + "/units/" + s.unit(0) + "/ledger").with(user(SecurityFixtures.anAuditor())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(base + "/units/" + s.unit(0) + "/ledger").with(user(assigned)))
                .hasStatusOk()
                .bodyText()
                .contains(recent.documentNumber(), "2020-01-01 至 2021-12-31")
                .doesNotContain(old.documentNumber());
        assertThat(mvc.get().uri(base + "/units/" + s.unit(0) + "/ledger").with(user(SecurityFixtures.aLeader())))
                .hasStatusOk();
    }

    @Test
    void theEditFormAndTheInspectionPageShowWhatIsRecorded(@Autowired Inspections inspections) {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        String base = "/campaigns/" + s.campaign();
        LedgerCase saved =
                cases.record(s.campaign(), secondForm(s.unit(0), uniqueDocument(), LocalDate.of(2021, 3, 1)));
        inspections.record(
                s.campaign(),
                new InspectionDetails(
                        s.unit(0),
                        InspectionKind.MID_YEAR,
                        LocalDate.of(2021, 7, 1),
                        "李督查",
                        "整改台账不全",
                        "A5.1.2",
                        new java.math.BigDecimal("1.5")));

        assertThat(mvc.get().uri(base + "/ledger/" + saved.id() + "/edit").with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains(saved.documentNumber(), "修改或删除原因", "删除案件");
        assertThat(mvc.post()
                        .uri(base + "/ledger/" + saved.id())
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("ruleCode", "FORM1")
                        .param("count", "abc")
                        .param("date", "2021-05-02")
                        .param("documentNumber", saved.documentNumber())
                        .param("issuingBody", "区纪委")
                        .param("version", "0"))
                .hasStatus(422)
                .bodyText()
                .contains("“abc”格式不正确");
        assertThat(mvc.get().uri(base + "/inspections?unit=" + s.unit(0)).with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("年中督查", "李督查", "整改台账不全", "1.5");
        assertThat(mvc.get().uri(base + "/surveys/template").with(user(ADMIN))).hasStatusOk();
    }
}
