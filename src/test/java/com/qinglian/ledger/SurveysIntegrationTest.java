package com.qinglian.ledger;

import static com.qinglian.ledger.LedgerFixtures.campaignWithUnits;
import static com.qinglian.ledger.LedgerFixtures.surveyRow;
import static com.qinglian.ledger.LedgerFixtures.surveySheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.ledger.cases.LedgerCase;
import com.qinglian.ledger.cases.LedgerCases;
import com.qinglian.ledger.surveys.SurveyImport;
import com.qinglian.ledger.surveys.SurveyKind;
import com.qinglian.ledger.surveys.Surveys;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Survey imports: all or nothing, replacement on re-import, measured values and the 不满意 case. */
@DatabaseTest
class SurveysIntegrationTest {

    @Autowired
    Surveys surveys;

    @Autowired
    Ledger ledger;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWithAnyProblemIsRefusedWholeWithEveryProblemByRowAndColumn() {
        Scenario s = campaignWithUnits(campaigns, units, 2);
        String outsider = UnitFixtures.uniqueCode("X");
        units.create(UnitFixtures.anAgency(outsider));
        byte[] file = surveySheet(List.of(
                surveyRow(s.unit(0), "120", "96.5", "满意"),
                surveyRow("NOSUCHUNIT", "10", "90", "满意"),
                surveyRow(outsider, "10", "90", "满意"),
                surveyRow(s.unit(1), "10", "九十", "满意"),
                surveyRow(s.unit(1), "10", "100.5", "较满意"),
                surveyRow("", "-3", "50", "不满意")));

        assertThatThrownBy(() -> surveys.importSurvey(s.campaign(), SurveyKind.THIRD_PARTY, "A5.1.3", "测评.xlsx", file))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        InputProblem.of(3, "单位代码", "survey.error.unknownUnit", "NOSUCHUNIT"),
                                        InputProblem.of(4, "单位代码", "survey.error.notParticipant", outsider),
                                        InputProblem.of(5, "满意率(%)", "survey.error.rate", "九十"),
                                        InputProblem.of(6, "满意率(%)", "survey.error.rate", "100.5"),
                                        InputProblem.of(6, "评价结果", "survey.error.rating", "较满意"),
                                        InputProblem.of(6, "单位代码", "survey.error.duplicateUnit", s.unit(1), 5),
                                        InputProblem.of(7, "单位代码", "survey.error.unitMissing"),
                                        InputProblem.of(7, "参评人数", "survey.error.respondents", "-3")));
        assertThat(ledger.surveys(s.campaign())).isEmpty();
        assertThat(ledger.measuredValues(s.campaign())).isEmpty();
    }

    @Test
    void theFormMustNameASurveyAndARubricItemAndTheFileMustBeExcel() {
        Scenario s = campaignWithUnits(campaigns, units, 1);
        byte[] file = surveySheet(List.of(surveyRow(s.unit(0), "1", "90", "满意")));

        assertThatThrownBy(() -> surveys.importSurvey(s.campaign(), null, "A9.9", "x.xlsx", file))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("survey.error.kind", "survey.error.item"));
        assertThatThrownBy(() -> surveys.importSurvey(
                        s.campaign(), SurveyKind.THIRD_PARTY, "A5.1.3", "x.xlsx", new byte[] {1, 2}))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("import.error.notExcel"));
        assertThatThrownBy(() -> surveys.importSurvey(
                        s.campaign(),
                        SurveyKind.THIRD_PARTY,
                        "A5.1.3",
                        "x.xlsx",
                        UnitFixtures.workbook(List.of("单位代码", "参评人数", "评价结果"), List.of(List.of(s.unit(0), "1", "满意")))))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("import.error.missingColumn"));

        surveys.importSurvey(s.campaign(), SurveyKind.THIRD_PARTY, "A5.1.3", "x.xlsx", file);
        assertThatThrownBy(() -> surveys.importSurvey(s.campaign(), SurveyKind.PUBLIC_RATING, "A5.1.3", "y.xlsx", file))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("survey.error.itemTaken"));
    }

    @Test
    void measuredValuesGiveEachUnitsRatePerItemAndAReimportReplacesThePrevious() {
        Scenario s = campaignWithUnits(campaigns, units, 2);
        surveys.importSurvey(
                s.campaign(),
                SurveyKind.THIRD_PARTY,
                "A5.1.3",
                "第三方.xlsx",
                surveySheet(
                        List.of(surveyRow(s.unit(0), "120", "96.5", "满意"), surveyRow(s.unit(1), "80", "88%", "基本满意"))));
        surveys.importSurvey(
                s.campaign(),
                SurveyKind.PUBLIC_RATING,
                "A5.1.4",
                "万人.xlsx",
                surveySheet(List.of(surveyRow(s.unit(0), "1,200", "91.25", "满意"))));

        assertThat(ledger.measuredValues(s.campaign()))
                .isEqualTo(Map.of(
                        s.unit(0), Map.of("A5.1.3", new BigDecimal("96.5"), "A5.1.4", new BigDecimal("91.25")),
                        s.unit(1), Map.of("A5.1.3", new BigDecimal("88"))));

        surveys.importSurvey(
                s.campaign(),
                SurveyKind.THIRD_PARTY,
                "A5.1.3",
                "第三方-更正.xlsx",
                surveySheet(List.of(surveyRow(s.unit(1), "80", "90", "满意"))));
        assertThat(ledger.measuredValues(s.campaign()))
                .isEqualTo(Map.of(
                        s.unit(0), Map.of("A5.1.4", new BigDecimal("91.25")),
                        s.unit(1), Map.of("A5.1.3", new BigDecimal("90"))));
        assertThat(ledger.surveys(s.campaign()))
                .extracting(SurveyImport::fileName)
                .containsExactly("第三方-更正.xlsx", "万人.xlsx");
        assertThat(new AuditEntries(jdbc).actionsAbout(Surveys.ENTITY, s.campaign() + "/THIRD_PARTY"))
                .containsExactly("IMPORT", "IMPORT");
    }

    @Test
    void aDissatisfiedPublicRatingRecordsExactlyOneCaseAndReimportsKeepItConsistent() {
        Scenario s = campaignWithUnits(campaigns, units, 3);
        List<List<String>> rows = List.of(
                surveyRow(s.unit(0), "100", "55", "不满意"),
                surveyRow(s.unit(1), "100", "95", "满意"),
                surveyRow(s.unit(2), "100", "85", "基本满意"));
        surveys.importSurvey(s.campaign(), SurveyKind.PUBLIC_RATING, "A5.1.4", "万人.xlsx", surveySheet(rows));
        surveys.importSurvey(s.campaign(), SurveyKind.PUBLIC_RATING, "A5.1.4", "万人.xlsx", surveySheet(rows));

        List<LedgerCase> cases = ledger.cases(s.campaign());
        assertThat(cases).hasSize(1);
        LedgerCase dissatisfied = cases.get(0);
        assertThat(dissatisfied.unitCode()).isEqualTo(s.unit(0));
        assertThat(dissatisfied.ruleCode()).isEqualTo("DISSATISFIED");
        assertThat(dissatisfied.documentNumber()).isEqualTo("万人双评议-2021");
        assertThat(dissatisfied.count()).isEqualTo(1);
        assertThat(dissatisfied.date()).isEqualTo(campaigns.get(s.campaign()).periodEnd());

        surveys.importSurvey(
                s.campaign(),
                SurveyKind.PUBLIC_RATING,
                "A5.1.4",
                "万人-更正.xlsx",
                surveySheet(
                        List.of(surveyRow(s.unit(0), "100", "75", "基本满意"), surveyRow(s.unit(1), "100", "50", "不满意"))));
        assertThat(ledger.cases(s.campaign())).extracting(LedgerCase::unitCode).containsExactly(s.unit(1));
        AuditEntries audit = new AuditEntries(jdbc);
        assertThat(audit.actionsAbout(LedgerCases.ENTITY, String.valueOf(dissatisfied.id())))
                .containsExactly("CREATE", "DELETE");

        surveys.importSurvey(
                s.campaign(),
                SurveyKind.THIRD_PARTY,
                "A5.1.3",
                "第三方.xlsx",
                surveySheet(List.of(surveyRow(s.unit(2), "100", "40", "不满意"))));
        assertThat(ledger.cases(s.campaign())).extracting(LedgerCase::unitCode).containsExactly(s.unit(1));
    }
}
