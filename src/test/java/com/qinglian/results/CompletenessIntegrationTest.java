package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.campaign.Campaigns;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.support.DatabaseTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A unit is ranked and graded only when complete; the others are 未完成 with what they miss and who owes it. */
@DatabaseTest
class CompletenessIntegrationTest {

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Results results;

    @Autowired
    Campaigns campaigns;

    @Autowired
    MockMvcTester mvc;

    @Test
    void ranksAndGradesCoverCompleteUnitsOnlyAndListWhatTheOthersMiss() throws Exception {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        scenarios.scoreInFull(r, r.agency(), Map.of("A1.1.1", "0"));
        scenarios.scoreInFull(r, r.otherAgency(), Map.of());
        scenarios.scoreByEvaluator(r, r.station());

        ResultRun run = uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(r.campaign()));

        assertThat(run.outcomes()).extracting(UnitOutcome::unitCode).containsExactly(r.otherAgency(), r.agency());
        assertThat(run.outcomes()).extracting(UnitOutcome::rank).containsExactly(1, 2);
        assertThat(run.outcomes().get(0).total()).isEqualByComparingTo("100");
        assertThat(run.outcomes().get(1).total()).isEqualByComparingTo("99");
        assertThat(run.outcomes().get(1).grade()).isEqualTo("优秀");
        IncompleteUnit station = run.incompleteUnit(r.station()).orElseThrow();
        assertThat(station.missing())
                .extracting(MissingItem::itemCode)
                .containsExactly("A5.1.1", "A5.1.2", "A5.1.3", "A5.1.4");
        assertThat(station.missing()).allMatch(MissingItem::owedByOrganiser);

        List<RankingRow> rows = results.rankingRows(r.campaign(), null);
        assertThat(rows).extracting(RankingRow::unitCode).containsExactly(r.otherAgency(), r.agency(), r.station());
        assertThat(rows).extracting(RankingRow::complete).containsExactly(true, true, false);
        assertThat(results.rankingRows(r.campaign(), "station")).singleElement().satisfies(row -> {
            assertThat(row.complete()).isFalse();
            assertThat(row.outcome()).isNull();
        });

        byte[] xlsx = ResultsSheet.write(run);
        List<TableWorkbook.Record> sheet = TableWorkbook.read(xlsx, ResultsSheet.HEADERS);
        assertThat(sheet).extracting(x -> x.get("单位代码")).containsExactly(r.otherAgency(), r.agency(), r.station());
        assertThat(sheet.get(2).get("等次")).isEqualTo("未完成");
        assertThat(sheet.get(2).get("总排名")).isEmpty();
        assertThat(sheet.get(2).get("总分")).isEmpty();
        assertThat(sheet.get(2).get("未完成事项")).contains("A5.1.1", "A5.1.4");
        assertThat(sheet.get(1).get("总排名")).isEqualTo("2");

        var ranking = mvc.get()
                .uri("/campaigns/" + r.campaign() + "/results")
                .with(user("leader").roles("LEADER"))
                .exchange();
        assertThat(ranking).hasStatusOk().bodyText().contains("未完成", "1 个单位结果未完成", "组织方");
        // the grade filter above the table names every grade; in the table, no incomplete unit has one
        String html = ranking.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html.substring(html.indexOf("id=\"ranking\""))).doesNotContain("不合格");
    }

    @Test
    void aMissingEvaluatorScoreNamesTheAssignedEvaluatorAndScoringItCompletesTheUnit() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        for (String unit : r.units()) {
            scenarios.scoreInFull(r, unit, Map.of());
        }
        ResultRun full = uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(r.campaign()));
        assertThat(full.allComplete()).isTrue();
        assertThat(full.outcomes()).extracting(UnitOutcome::rank).containsOnly(1);

        ResultsScenarios.Reviewed other = scenarios.inReview();
        scenarios.scoreInFull(other, other.agency(), Map.of());
        ResultRun partial = uploadAs(ResultsScenarios.ORGANISER, () -> results.compute(other.campaign()));
        MissingItem first =
                partial.incompleteUnit(other.station()).orElseThrow().missing().get(0);
        assertThat(first.itemCode()).isEqualTo("A1.1.1");
        assertThat(first.owedBy()).containsExactly(other.evaluator().getUsername());
        assertThat(partial.outcomes())
                .singleElement()
                .extracting(UnitOutcome::unitCode)
                .isEqualTo(other.agency());
    }
}
