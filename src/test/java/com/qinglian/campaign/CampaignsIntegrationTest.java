package com.qinglian.campaign;

import static com.qinglian.campaign.CampaignFixtures.seedCampaign;
import static com.qinglian.campaign.CampaignFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricFixtures;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.security.EvaluatorAssignments;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Campaign life cycle on a real database. */
@DatabaseTest
class CampaignsIntegrationTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts users;

    @Autowired
    RubricCatalog rubrics;

    @Autowired
    EvaluatorAssignments assignments;

    @Autowired
    JdbcClient jdbc;

    private List<String> twoUnits() {
        String suffix = uniqueCode();
        String agency = "A" + suffix;
        String station = "S" + suffix;
        units.create(new UnitDetails(agency, "区测试局" + suffix, UnitType.AGENCY, null, null, null, null));
        units.create(new UnitDetails(station, "区测试站" + suffix, UnitType.STATION, agency, null, null, null));
        return List.of(agency, station);
    }

    private static List<String> keys(InputRejectedException e) {
        return e.problems().stream().map(InputProblem::key).toList();
    }

    @Test
    void createsADraftOnAPublishedRubricWithTheChosenUnits() {
        List<String> chosen = twoUnits();
        String code = uniqueCode();

        Campaign campaign = campaigns.create(seedCampaign(code), chosen);

        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaigns.units(code)).containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(campaigns.rubric(campaign).items()).hasSize(67);
        assertThat(auditCount(code, "CREATE")).isEqualTo(1);
    }

    @Test
    void withoutAChoiceEveryActiveUnitTakesPart() {
        List<String> chosen = twoUnits();
        String code = uniqueCode();
        campaigns.create(seedCampaign(code), null);
        assertThat(campaigns.units(code))
                .containsAll(chosen)
                .hasSize(units.active().size());
    }

    @Test
    void refusesBadDetailsNamingEachField() {
        CampaignDetails bad = new CampaignDetails(
                "bad code",
                "",
                1900,
                java.time.LocalDate.of(2021, 12, 31),
                java.time.LocalDate.of(2021, 1, 1),
                "no-such",
                "1",
                null,
                List.of("Z9"),
                "grades: [");
        assertThatThrownBy(() -> campaigns.create(bad, List.of()))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(keys(e))
                                .contains(
                                        "campaign.error.code",
                                        "campaign.error.name",
                                        "campaign.error.year",
                                        "campaign.error.periodOrder",
                                        "campaign.error.rubricNotPublished",
                                        "settings.error.yaml"));
    }

    @Test
    void aDraftRubricCannotBeUsed() {
        var draft = RubricFixtures.withVersion(RubricFixtures.smallRubric(), uniqueCode());
        rubrics.importFile(RubricYaml.write(draft).getBytes(StandardCharsets.UTF_8), "admin");
        CampaignDetails details = seedCampaign(uniqueCode());
        CampaignDetails onDraft = new CampaignDetails(
                details.code(),
                details.name(),
                details.year(),
                details.periodStart(),
                details.periodEnd(),
                "small",
                draft.version(),
                details.deadlines(),
                List.of(),
                details.settings());
        assertThatThrownBy(() -> campaigns.create(onDraft, twoUnits()))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(keys(e)).containsExactly("campaign.error.rubricNotPublished"));
    }

    @Test
    void walksThroughEveryStatusWithReasonsAndCanStepBackUntilFinalized() {
        String code = uniqueCode();
        campaigns.create(seedCampaign(code), twoUnits());

        assertThatThrownBy(() -> campaigns.move(code, CampaignStatus.SELF_ASSESSMENT, " "))
                .isInstanceOf(InputRejectedException.class);
        campaigns.move(code, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(code, CampaignStatus.DRAFT, "补充参评单位");
        campaigns.move(code, CampaignStatus.SELF_ASSESSMENT, "再次开始");
        campaigns.move(code, CampaignStatus.REVIEW, "自评截止");
        assertThatThrownBy(() -> campaigns.move(code, CampaignStatus.FINALIZED, "跳步"))
                .isInstanceOf(ConflictException.class);
        CampaignFixtures.publish(campaigns, code);
        Campaign finalized = CampaignFixtures.finalize(campaigns, code);

        assertThat(finalized.status()).isEqualTo(CampaignStatus.FINALIZED);
        assertThat(campaigns.history(code))
                .extracting(Transition::reason)
                .containsExactly("开始自评", "补充参评单位", "再次开始", "自评截止", "评审完成", "公示期满");
        assertThat(auditCount(code, "STATUS_CHANGE")).isEqualTo(6);
        assertThatThrownBy(() -> campaigns.move(code, CampaignStatus.PUBLICITY, "撤销归档"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void settingsAndUnitsChangeOnlyInDraft() {
        String code = uniqueCode();
        List<String> chosen = twoUnits();
        Campaign draft = campaigns.create(seedCampaign(code), chosen);
        Campaign edited = campaigns.update(seedCampaign(code), chosen.subList(0, 1), draft.version());
        assertThat(campaigns.units(code)).containsExactly(chosen.get(0));

        campaigns.move(code, CampaignStatus.SELF_ASSESSMENT, "开始");
        assertThatThrownBy(() -> campaigns.update(seedCampaign(code), chosen, edited.version() + 1))
                .isInstanceOf(ConflictException.class);
        assertThat(campaigns.units(code)).containsExactly(chosen.get(0));
    }

    @Test
    void aStaleEditIsRefused() {
        String code = uniqueCode();
        List<String> chosen = twoUnits();
        Campaign draft = campaigns.create(seedCampaign(code), chosen);
        campaigns.update(seedCampaign(code), chosen, draft.version());
        assertThatThrownBy(() -> campaigns.update(seedCampaign(code), chosen.subList(0, 1), draft.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(campaigns.units(code)).hasSize(2);
    }

    @Test
    void theRubricStaysFrozenWhenANewVersionIsPublished() {
        String code = uniqueCode();
        Campaign campaign = campaigns.create(seedCampaign(code), twoUnits());
        var next = RubricFixtures.withVersion(RubricFixtures.smallRubric(), uniqueCode());
        rubrics.importFile(RubricYaml.write(next).getBytes(StandardCharsets.UTF_8), "admin");
        rubrics.publish("small", next.version(), "admin");

        Campaign reloaded = campaigns.get(code);
        assertThat(reloaded.rubricVersion()).isEqualTo("2021");
        assertThat(campaigns.rubric(reloaded)).isEqualTo(campaigns.rubric(campaign));
    }

    @Test
    void assignsEvaluatorsWhoThenSeeTheirUnitsOnly() {
        String code = uniqueCode();
        List<String> chosen = twoUnits();
        campaigns.create(seedCampaign(code), chosen);
        String evaluator = "ev" + uniqueCode();
        users.create(new UserAccounts.NewUser(evaluator, "考评员甲", Role.EVALUATOR, null));

        campaigns.assign(code, evaluator, List.of(chosen.get(0)), null, true);
        campaigns.assign(code, evaluator, List.of(chosen.get(0)), null, true);

        assertThat(campaigns.assignments(code)).singleElement().satisfies(a -> {
            assertThat(a.unitCode()).isEqualTo(chosen.get(0));
            assertThat(a.lead()).isTrue();
        });
        assertThat(assignments.isAssigned(evaluator, chosen.get(0))).isTrue();
        assertThat(assignments.isAssigned(evaluator, chosen.get(1))).isFalse();
        assertThatThrownBy(() -> campaigns.assign(code, "admin", List.of(chosen.get(1)), "A5", false))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(keys(e)).containsExactly("campaign.error.notEvaluator"));
        assertThatThrownBy(() -> campaigns.assign(code, evaluator, List.of(chosen.get(1)), "Z9", false))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(keys(e)).containsExactly("campaign.error.unknownNode"));
    }

    @Test
    void copyingMakesNextYearsDraftWithTheSameSettingsUnitsAndAssignments() {
        String code = uniqueCode();
        List<String> chosen = twoUnits();
        campaigns.create(seedCampaign(code), chosen);
        String evaluator = "ev" + uniqueCode();
        users.create(new UserAccounts.NewUser(evaluator, "考评员乙", Role.EVALUATOR, null));
        campaigns.assign(code, evaluator, chosen, "A5", false);

        String copyCode = uniqueCode();
        Campaign copy = campaigns.copy(code, copyCode, "2022 年度");

        assertThat(copy.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(copy.year()).isEqualTo(2022);
        assertThat(copy.periodStart()).isEqualTo(java.time.LocalDate.of(2022, 1, 1));
        assertThat(copy.deadlines().selfAssessment()).isEqualTo(java.time.LocalDate.of(2022, 11, 30));
        assertThat(copy.settings()).isEqualTo(CampaignSettingsFormat.DEFAULT);
        assertThat(campaigns.units(copyCode)).containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(campaigns.assignments(copyCode)).hasSize(2).allMatch(a -> "A5".equals(a.nodeCode()));
    }

    private int auditCount(String entityId, String action) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'campaign' AND entity_id = ? AND action = ?")
                .params(entityId, action)
                .query(Integer.class)
                .single();
    }
}
