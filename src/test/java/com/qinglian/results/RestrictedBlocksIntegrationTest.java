package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.assessment.SelfAssessments;
import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.Deadlines;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricMetadata;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.rubric.RuleSet;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A block restricted to units with a tag (沿河单位) and a block restricted to one unit's code: shown, required and
 * scored only for the units they apply to.
 */
@DatabaseTest
class RestrictedBlocksIntegrationTest {

    @Autowired
    RubricCatalog catalog;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    com.qinglian.dashboard.CampaignDashboard dashboard;

    /** The default settings less their veto (it names a negative-list rule this rubric has none of). */
    private static final String SETTINGS =
            CampaignSettingsFormat.DEFAULT.substring(0, CampaignSettingsFormat.DEFAULT.indexOf("# 一票否决"));

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** 100 points: A for everyone (60), B for river units (20), C for one unit's own code (20). */
    private static Rubric rubric(String code, String ownUnit) {
        RubricNode a = RubricNode.branch(
                "A", NodeLevel.GROUP, "共性指标", n("60"), List.of(RubricNode.item("A.1", "1", "落实主体责任。", n("60"))));
        RubricNode b = RubricNode.branch(
                        "B", NodeLevel.GROUP, "河道保洁", n("20"), List.of(RubricNode.item("B.1", "1", "河道巡查。", n("20"))))
                .withTerms(new NodeTerms(null, null, null, null, null, Set.of("沿河单位"), null));
        RubricNode c = RubricNode.branch(
                        "C",
                        NodeLevel.GROUP,
                        "本单位指标",
                        n("20"),
                        List.of(RubricNode.item("C.1", "1", "完成本部门重点任务。", n("20"))))
                .withTerms(new NodeTerms(null, null, null, null, null, null, Set.of(ownUnit)));
        return new Rubric(
                code,
                "1",
                "限定适用测试体系",
                RubricMetadata.NONE,
                n("100"),
                null,
                null,
                null,
                List.of(a, b, c),
                RuleSet.EMPTY,
                RuleSet.EMPTY);
    }

    @Test
    void aRestrictedBlockIsShownRequiredAndScoredOnlyForTheUnitsItAppliesTo() {
        String river = UnitFixtures.uniqueCode("RV");
        String own = UnitFixtures.uniqueCode("OW");
        String plain = UnitFixtures.uniqueCode("PL");
        units.create(UnitFixtures.anAgency(river).withTags(List.of("沿河单位", "窗口单位")));
        units.create(UnitFixtures.anAgency(own));
        units.create(UnitFixtures.anAgency(plain).withTags(List.of("窗口单位")));
        String rubricCode = "restricted-" + CampaignFixtures.uniqueCode().toLowerCase();
        catalog.importFile(RubricYaml.write(rubric(rubricCode, own)).getBytes(StandardCharsets.UTF_8), "admin");
        catalog.publish(rubricCode, "1", "admin");
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(
                new CampaignDetails(
                        campaign,
                        campaign + " 限定适用",
                        2021,
                        LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 12, 31),
                        rubricCode,
                        "1",
                        Deadlines.NONE,
                        List.of(),
                        SETTINGS),
                List.of(river, own, plain));
        var evaluator = scenarios.anEvaluator("rev");
        campaigns.assign(campaign, evaluator.getUsername(), List.of(river, own, plain), null, true);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");

        assertThat(itemsOf(campaign, river)).containsExactly("A.1", "B.1");
        assertThat(itemsOf(campaign, own)).containsExactly("A.1", "C.1");
        assertThat(itemsOf(campaign, plain)).containsExactly("A.1");

        campaigns.move(campaign, CampaignStatus.REVIEW, "进入评审");
        ResultsScenarios.Reviewed reviewed = new ResultsScenarios.Reviewed(campaign, river, own, plain, evaluator);
        scenarios.scoreInFull(reviewed, plain, Map.of());
        scenarios.scoreInFull(reviewed, own, Map.of("C.1", "10"));
        ResultRun partial = uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(campaign));
        assertThat(partial.incompleteUnit(river).orElseThrow().missing())
                .extracting(MissingItem::itemCode)
                .containsExactly("A.1", "B.1");
        assertThat(partial.incompleteUnit(plain)).isEmpty();

        // scorable items on the dashboard: 2 for the river unit, 2 for the unit with its own block, 1 for the other
        var scoring = uploadAs(
                        ResultsScenarios.ORGANISER,
                        () -> dashboard.load(campaign, null, java.util.Locale.SIMPLIFIED_CHINESE))
                .chart("scoring")
                .orElseThrow();
        assertThat(scoring.rows().get(0).get(2)).isEqualTo(5L);

        scenarios.scoreInFull(reviewed, river, Map.of());
        ResultRun run = uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(campaign));
        assertThat(run.allComplete()).isTrue();
        assertThat(run.outcomes())
                .extracting(
                        UnitOutcome::unitCode,
                        o -> o.total().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(river, "80"),
                        org.assertj.core.groups.Tuple.tuple(own, "70"),
                        org.assertj.core.groups.Tuple.tuple(plain, "60"));
    }

    private List<String> itemsOf(String campaign, String unit) {
        return uploadAs(aReporterOf(unit), () -> assessments.sheet(campaign, unit)).items().stream()
                .map(PlacedItem::item)
                .map(RubricNode::code)
                .toList();
    }
}
