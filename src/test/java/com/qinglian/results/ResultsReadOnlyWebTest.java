package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricFixtures;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.security.Role;
import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Reading results changes nothing, and settings that the engine would refuse are refused when saved. */
@DatabaseTest
class ResultsReadOnlyWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    Evaluations evaluations;

    @Autowired
    RubricCatalog rubrics;

    @Autowired
    JdbcClient jdbc;

    private long computeEntries(String campaign) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'COMPUTE' AND entity_id = ?")
                .param(campaign)
                .query(Long.class)
                .single();
    }

    @Test
    void openingTheResultsOfChangedInputsSaysStaleAndComputesNothing() {
        String unit = UnitFixtures.uniqueCode("RO");
        units.create(UnitFixtures.anAgency(unit));
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(unit));
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");
        assertThat(mvc.post()
                        .uri("/campaigns/" + campaign + "/results/compute")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        uploadAs(
                signedIn("admin", Role.ADMIN, null),
                () -> evaluations.save(campaign, unit, "A1.1.1", BigDecimal.ONE, null, -1));
        long computed = computeEntries(campaign);

        for (String page : List.of("/results", "/results/units/" + unit, "/results/export")) {
            assertThat(mvc.get()
                            .uri("/campaigns/" + campaign + page)
                            .with(user("admin").roles("ADMIN")))
                    .as(page)
                    .hasStatusOk();
        }
        assertThat(mvc.get()
                        .uri("/campaigns/" + campaign + "/results")
                        .with(user("admin").roles("ADMIN")))
                .bodyText()
                .contains("下表仍为上次计算的结果");

        assertThat(computeEntries(campaign)).as("a GET computes nothing").isEqualTo(computed);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM result_run r JOIN campaign c ON c.id = r.campaign_id WHERE c.code = ?")
                        .param(campaign)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void settingsThatVetoOnARuleTheRubricLacksAreRefusedWhenSaved() {
        Rubric small = RubricFixtures.withVersion(RubricFixtures.smallRubric(), CampaignFixtures.uniqueCode());
        rubrics.importFile(RubricYaml.write(small).getBytes(StandardCharsets.UTF_8), "admin");
        rubrics.publish(small.code(), small.version(), "admin");
        String unit = UnitFixtures.uniqueCode("RV");
        units.create(UnitFixtures.anAgency(unit));
        CampaignDetails seed = CampaignFixtures.seedCampaign(CampaignFixtures.uniqueCode());
        CampaignDetails onSmall = new CampaignDetails(
                seed.code(),
                seed.name(),
                seed.year(),
                seed.periodStart(),
                seed.periodEnd(),
                small.code(),
                small.version(),
                seed.deadlines(),
                List.of(),
                CampaignSettingsFormat.DEFAULT);

        assertThatThrownBy(() -> campaigns.create(onSmall, List.of(unit)))
                .as("the default settings veto on FORM4, which the small rubric lacks")
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key, p -> p.args().get(1))
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("campaign.error.vetoRule", "FORM4")));
        assertThat(campaigns.find(seed.code())).isEmpty();
    }

    @Test
    void computingOnSettingsStoredBeforeTheCheckAnswersAConflictNotAnError() {
        Rubric small = RubricFixtures.withVersion(RubricFixtures.smallRubric(), CampaignFixtures.uniqueCode());
        rubrics.importFile(RubricYaml.write(small).getBytes(StandardCharsets.UTF_8), "admin");
        rubrics.publish(small.code(), small.version(), "admin");
        String unit = UnitFixtures.uniqueCode("RW");
        units.create(UnitFixtures.anAgency(unit));
        CampaignDetails seed = CampaignFixtures.seedCampaign(CampaignFixtures.uniqueCode());
        campaigns.create(
                new CampaignDetails(
                        seed.code(),
                        seed.name(),
                        seed.year(),
                        seed.periodStart(),
                        seed.periodEnd(),
                        small.code(),
                        small.version(),
                        seed.deadlines(),
                        List.of(),
                        "floor: 0\n"),
                List.of(unit));
        jdbc.sql("UPDATE campaign SET settings = ? WHERE code = ?")
                .params(CampaignSettingsFormat.DEFAULT, seed.code())
                .update();

        assertThat(mvc.post()
                        .uri("/campaigns/" + seed.code() + "/results/compute")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus(HttpStatus.CONFLICT);
    }
}
