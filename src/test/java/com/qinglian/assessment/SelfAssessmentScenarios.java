package com.qinglian.assessment;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.aReporterOf;

import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.Deadlines;
import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricFixtures;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.security.CurrentUser;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Campaigns in self-assessment for tests, on a small published rubric: an agency answers A1.1.1,
 * A1.1.2 and B1.1; B1.2 applies to stations only. Codes are unique per call.
 */
@Component
class SelfAssessmentScenarios {

    static final List<String> AGENCY_ITEMS = List.of("A1.1.1", "A1.1.2", "B1.1");
    static final String STATION_ONLY_ITEM = "B1.2";

    private final RubricCatalog rubrics;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final SelfAssessments assessments;

    SelfAssessmentScenarios(
            RubricCatalog rubrics, Campaigns campaigns, UnitDirectory units, SelfAssessments assessments) {
        this.rubrics = rubrics;
        this.campaigns = campaigns;
        this.units = units;
        this.assessments = assessments;
    }

    /** A campaign in self-assessment with one agency and one station of it. */
    record Opened(String campaign, String agency, String station, CurrentUser reporter) {}

    /** The small rubric with B1.2 for stations only, imported and published under a new version. */
    Rubric publishedSmallRubric() {
        Rubric small = RubricFixtures.smallRubric();
        RubricNode b12 = new RubricNode(
                "B1.2",
                NodeLevel.ITEM,
                null,
                null,
                "经验受到上级肯定。",
                new BigDecimal("2.5"),
                null,
                null,
                null,
                Set.of("station"),
                null,
                null);
        RubricNode b1 = RubricNode.branch(
                "B1",
                NodeLevel.INDICATOR,
                "特色工作",
                new BigDecimal("6"),
                List.of(small.nodes().get(1).children().get(0).children().get(0), b12));
        RubricNode b = RubricNode.branch("B", NodeLevel.GROUP, "个性评价指标", new BigDecimal("6"), List.of(b1));
        Rubric rubric = RubricFixtures.withVersion(
                RubricFixtures.withNodes(small, List.of(small.nodes().get(0), b)), CampaignFixtures.uniqueCode());
        rubrics.importFile(RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8), "admin");
        rubrics.publish(rubric.code(), rubric.version(), "admin");
        return rubric;
    }

    /** A campaign in self-assessment whose self-assessment deadline is the given date (null: none). */
    Opened opened(LocalDate selfAssessmentDeadline) {
        Rubric rubric = publishedSmallRubric();
        String agency = UnitFixtures.uniqueCode("SA");
        String station = UnitFixtures.uniqueCode("SS");
        units.create(UnitFixtures.anAgency(agency));
        units.create(UnitFixtures.aStationOf(station, agency));
        String code = CampaignFixtures.uniqueCode();
        campaigns.create(
                new CampaignDetails(
                        code,
                        code + " 年度清廉机关建设评价",
                        2021,
                        LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 12, 31),
                        rubric.code(),
                        rubric.version(),
                        new Deadlines(selfAssessmentDeadline, null, null),
                        List.of(),
                        // the small rubric has no FORM4, which the default veto names
                        CampaignSettingsFormat.DEFAULT.substring(0, CampaignSettingsFormat.DEFAULT.indexOf("# 一票否决"))),
                List.of(agency, station));
        campaigns.move(code, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        return new Opened(code, agency, station, aReporterOf(agency));
    }

    Opened opened() {
        return opened(null);
    }

    /** Answers every item of the unit completely, with a no-evidence reason. */
    void completeAll(String campaign, String unit, CurrentUser reporter) {
        uploadAs(reporter, () -> {
            AssessmentSheet sheet = assessments.sheet(campaign, unit);
            for (com.qinglian.rubric.PlacedItem entry : sheet.items()) {
                String code = entry.item().code();
                assessments.save(
                        campaign,
                        unit,
                        code,
                        new ItemDraft(BigDecimal.ONE, "已按要求落实" + code, "制度文件已公开"),
                        sheet.answer(code).version());
            }
            return null;
        });
    }

    /** An agency that answered everything and submitted. */
    Opened submitted() {
        Opened opened = opened();
        completeAll(opened.campaign(), opened.agency(), opened.reporter());
        uploadAs(opened.reporter(), () -> {
            assessments.submit(opened.campaign(), opened.agency());
            return null;
        });
        return opened;
    }

    int version(Opened opened, String item) {
        return uploadAs(
                opened.reporter(),
                () -> assessments
                        .sheet(opened.campaign(), opened.agency())
                        .answer(item)
                        .version());
    }
}
