package com.qinglian.ledger;

import static com.qinglian.ledger.LedgerFixtures.uniqueDocument;
import static com.qinglian.ledger.LedgerLanguageFixtures.languageCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.ledger.facts.FactDetails;
import com.qinglian.ledger.facts.RateTasks;
import com.qinglian.ledger.facts.UnitFact;
import com.qinglian.ledger.facts.UnitFacts;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The case form with ranges, levels and clauses, and the facts page over HTTP: refusals, audit, who may see. */
@DatabaseTest
class LedgerLanguageWebTest {

    @MockitoSpyBean
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    Ledger ledger;

    @Autowired
    UnitFacts facts;

    @Autowired
    RateTasks tasks;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private static final CurrentUser ADMIN = SecurityFixtures.anAdministrator();

    @Test
    void theCaseFormOffersClausesUnderTheirNodeAndRefusesAMissingAmountWithTheRange() {
        Scenario s = languageCampaign(campaigns, units, 1);
        String base = "/campaigns/" + s.campaign() + "/ledger";

        assertThat(mvc.get().uri(base + "/new").with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("负面清单", "加分项", "A1-LATE", "每迟报一次扣0.5分", "条款", "国家级(5)", "分值", "级别");

        assertThat(mvc.post()
                        .uri(base)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("ruleCode", LanguageRubric.RANGE_RULE)
                        .param("count", "1")
                        .param("date", "2021-04-02")
                        .param("documentNumber", uniqueDocument())
                        .param("issuingBody", "区纪委区监委")
                        .param("level", "省级"))
                .hasStatus(422)
                .bodyText()
                .contains("情形“HARM”须填写分值:3 至 6 之间,且为 0.5 的倍数", "情形“HARM”不按级别计分,不选择级别");
        assertThat(ledger.cases(s.campaign())).isEmpty();

        String document = uniqueDocument();
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("ruleCode", LanguageRubric.RANGE_RULE)
                        .param("count", "1")
                        .param("date", "2021-04-02")
                        .param("documentNumber", document)
                        .param("issuingBody", "区纪委区监委")
                        .param("amount", "5.5")
                        .param("level", ""))
                .hasStatus3xxRedirection();
        assertThat(ledger.cases(s.campaign()))
                .singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("5.5"));
        assertThat(mvc.get().uri(base).with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains(document, "5.5", "造成不良影响的,扣3-6分");
    }

    @Test
    void anOrganiserRecordsAFactWithItsBasisAndARefusedOneAnswers422() {
        Scenario s = languageCampaign(campaigns, units, 1);
        String base = "/campaigns/" + s.campaign() + "/ledger/facts";

        assertThat(mvc.get().uri(base).with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("发生重大安全事故", "群众满意度", "一票否决", "尚未登记单位事实", "完成率评分项");
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("factCode", LanguageRubric.NUMBER_FACT)
                        .param("value", "9,5")
                        .param("basis", " "))
                .hasStatus(422)
                .bodyText()
                .contains("“群众满意度”须为数字", "请填写依据");
        assertThat(facts.recorded(s.campaign())).isEmpty();

        assertThat(mvc.post()
                        .uri(base)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("factCode", LanguageRubric.NUMBER_FACT)
                        .param("value", "93.5")
                        .param("basis", "第三方测评报告"))
                .hasStatus3xxRedirection();
        UnitFact saved = facts.recorded(s.campaign()).get(0);
        assertThat(saved.value()).isEqualByComparingTo("93.5");
        assertThat(mvc.get().uri(base).with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("93.5%", "第三方测评报告");

        assertThat(mvc.post()
                        .uri(base + "/" + saved.id() + "/delete")
                        .with(user(ADMIN))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(facts.recorded(s.campaign())).isEmpty();
        assertThat(new AuditEntries(jdbc).actionsAbout(UnitFacts.ENTITY, String.valueOf(saved.id())))
                .containsExactly("CREATE", "DELETE");
    }

    @Test
    void rateFiguresAreRecordedBesideTheFactsAndANegativeTargetAnswers422() {
        Scenario s = languageCampaign(campaigns, units, 1);
        String base = "/campaigns/" + s.campaign() + "/ledger/tasks";

        assertThat(mvc.post()
                        .uri(base)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("itemCode", LanguageRubric.RATE_ITEM)
                        .param("actual", "8")
                        .param("target", "-2"))
                .hasStatus(422)
                .bodyText()
                .contains("下达任务数须为不小于 0 的数字");
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("itemCode", LanguageRubric.RATE_ITEM)
                        .param("actual", "8")
                        .param("target", "10"))
                .hasStatus3xxRedirection();
        long id = tasks.recorded(s.campaign()).get(0).id();
        assertThat(new AuditEntries(jdbc).actionsAbout(RateTasks.ENTITY, String.valueOf(id)))
                .containsExactly("CREATE");
        assertThat(mvc.post().uri(base + "/" + id + "/delete").with(user(ADMIN)).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(tasks.recorded(s.campaign())).isEmpty();
    }

    @Test
    void aRateFigureOfAnItemThatDoesNotApplyToTheUnitsTypeAnswers422() {
        Scenario s = LedgerLanguageFixtures.languageCampaignWithRateItemFor(campaigns, units, 1, "station");

        assertThat(mvc.post()
                        .uri("/campaigns/" + s.campaign() + "/ledger/tasks")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("unitCode", s.unit(0))
                        .param("itemCode", LanguageRubric.RATE_ITEM)
                        .param("actual", "8")
                        .param("target", "10"))
                .hasStatus(422)
                .bodyText()
                .contains("评分项“" + LanguageRubric.RATE_ITEM + "”不适用于单位“" + s.unit(0) + "”");
        assertThat(tasks.recorded(s.campaign())).isEmpty();
    }

    @Test
    void aRubricWithoutFactsSaysSoAndUnitUsersMayNotReadFacts() {
        Scenario plain = LedgerFixtures.campaignWithUnits(campaigns, units, 1);
        assertThat(mvc.get()
                        .uri("/campaigns/" + plain.campaign() + "/ledger/facts")
                        .with(user(ADMIN)))
                .hasStatusOk()
                .bodyText()
                .contains("未声明需登记的单位事实");

        Scenario s = languageCampaign(campaigns, units, 2);
        facts.record(s.campaign(), new FactDetails(s.unit(1), LanguageRubric.YES_NO_FACT, "1", "通报"));
        String base = "/campaigns/" + s.campaign() + "/ledger/facts";
        for (CurrentUser other : new CurrentUser[] {
            SecurityFixtures.aReporterOf(s.unit(0)),
            SecurityFixtures.aReporterOf(s.unit(1)),
            SecurityFixtures.anEvaluator(),
            SecurityFixtures.anAuditor()
        }) {
            assertThat(mvc.get().uri(base).with(user(other))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri(base)
                            .with(user(other))
                            .with(csrf())
                            .param("unitCode", s.unit(1))
                            .param("factCode", LanguageRubric.YES_NO_FACT)
                            .param("value", "0")
                            .param("basis", "改"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(facts.recorded(s.campaign()))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("1"));
    }
}
