package com.qinglian.results;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.results.ResultsScenarios.ORGANISER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.demo.CampaignGenerator;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.support.DatabaseTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The ranking page reads one page of the run from the database: 45 generated units (15 agencies, 30 stations),
 * two of them left incomplete; pages of 20, sorted, searched, and narrowed to a type or a grade.
 */
@DatabaseTest
class RankingPageWebTest {

    private static final int UNITS = 45;
    private static final List<String> UNSCORED = List.of("-A000002", "-S000007");
    private static String campaign;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CampaignGenerator generator;

    @Autowired
    Results results;

    @Autowired
    Rankings rankings;

    @Autowired
    JdbcClient jdbc;

    private ResultRun run;

    /** One generated campaign for the whole class (the application context and its database are shared). */
    @BeforeEach
    void generatedCampaignWithResults() {
        if (campaign == null) {
            String code = "rk" + UUID.randomUUID().toString().substring(0, 8);
            generator.generate(new CampaignGenerator.Options(UNITS, 5, code, 2021));
            // the organiser's 综合评价 scores of two units are missing: those units are incomplete
            for (String suffix : UNSCORED) {
                jdbc.sql("""
                        DELETE FROM evaluator_score WHERE unit_code = ? AND item_code LIKE 'A5%'
                           AND campaign_id = (SELECT id FROM campaign WHERE code = ?)
                        """).params(code + suffix, code).update();
            }
            uploadAs(ORGANISER, () -> results.compute(code));
            campaign = code;
        }
        run = results.stored(campaign).orElseThrow();
    }

    @Test
    void theFirstPageShowsTwentyUnitsInRankOrderAndTheCountOfAll() {
        Page<RankingRow> page = page(null, null, query(null, null, null, null));

        assertThat(page.total()).isEqualTo(UNITS);
        assertThat(page.rows())
                .hasSize(20)
                .extracting(RankingRow::unitCode)
                .containsExactlyElementsOf(run.rows(null).stream()
                        .limit(20)
                        .map(RankingRow::unitCode)
                        .toList());
        assertThat(page.rows()).extracting(r -> r.outcome().rank()).isSorted();

        assertThat(leaderGets("/campaigns/" + campaign + "/results"))
                .contains("共 45 条", "第 1/3 页", "2 个单位结果未完成")
                .doesNotContain(campaign + UNSCORED.get(0));
    }

    @Test
    void theLastPageEndsWithTheIncompleteUnitsAndWhatTheyLack() {
        Page<RankingRow> last = page(null, null, query(null, null, null, "3"));

        assertThat(last.rows()).hasSize(5);
        assertThat(last.rows().subList(3, 5))
                .allSatisfy(r -> {
                    assertThat(r.complete()).isFalse();
                    assertThat(r.missing())
                            .isNotEmpty()
                            .allSatisfy(m -> assertThat(m.owedByOrganiser()).isTrue());
                })
                .extracting(RankingRow::unitCode)
                .containsExactly(campaign + UNSCORED.get(0), campaign + UNSCORED.get(1));
        assertThat(page(null, null, query(null, null, null, "99")).number())
                .as("a page past the end is the last")
                .isEqualTo(3);
        assertThat(leaderGets("/campaigns/" + campaign + "/results?page=3"))
                .contains("未完成", "不评等次", campaign + UNSCORED.get(1));
    }

    @Test
    void aTypeIsRankedWithinItself() {
        Page<RankingRow> stations = page("station", null, query(null, null, null, null));

        assertThat(stations.total()).isEqualTo(30);
        assertThat(stations.rows())
                .allSatisfy(r -> assertThat(r.unitType()).isEqualTo("station"))
                .extracting(RankingRow::unitCode)
                .containsExactlyElementsOf(run.rows("station").stream()
                        .limit(20)
                        .map(RankingRow::unitCode)
                        .toList());
        assertThat(stations.rows().get(0).outcome().typeRank()).isEqualTo(1);
        assertThat(page("nonsense", null, query(null, null, null, null)).total())
                .as("an unknown type means all")
                .isEqualTo(UNITS);
    }

    @Test
    void sortingByTotalPutsIncompleteUnitsLastEitherWay() {
        for (String dir : List.of("asc", "desc")) {
            Page<RankingRow> all = page(null, null, query(null, "total", dir, null, "100"));
            List<BigDecimal> totals = all.rows().stream()
                    .filter(RankingRow::complete)
                    .map(r -> r.outcome().total())
                    .toList();
            assertThat(totals)
                    .hasSize(UNITS - 2)
                    .isSortedAccordingTo(
                            dir.equals("asc") ? Comparator.naturalOrder() : Comparator.<BigDecimal>reverseOrder());
            assertThat(all.rows().subList(UNITS - 2, UNITS)).noneMatch(RankingRow::complete);
        }
        assertThat(leaderGets("/campaigns/" + campaign + "/results?sort=name&dir=desc"))
                .contains("aria-sort=\"descending\"");
    }

    @Test
    void aSearchFindsUnitsByCodeOrNameAndAGradeNarrowsTheList() {
        String code = campaign + "-S000003";
        String name = run.outcomes().stream()
                .filter(o -> o.unitCode().equals(code))
                .findFirst()
                .orElseThrow()
                .unitName();

        assertThat(page(null, null, query(code, null, null, null)).rows())
                .extracting(RankingRow::unitCode)
                .containsExactly(code);
        assertThat(page(null, null, query(name, null, null, null)).rows())
                .extracting(RankingRow::unitCode)
                .contains(code);
        long excellent =
                run.outcomes().stream().filter(o -> o.grade().equals("优秀")).count();
        Page<RankingRow> graded = page(null, "优秀", query(null, null, null, null, "100"));
        assertThat(graded.total()).isEqualTo(excellent).isPositive();
        assertThat(graded.rows())
                .allSatisfy(r -> assertThat(r.outcome().grade()).isEqualTo("优秀"));
        assertThat(rankings.grades(campaign)).containsExactly("优秀", "良好", "合格", "不合格");
        MvcTestResult html = mvc.get()
                .uri("/campaigns/{c}/results", campaign)
                .param("grade", "优秀")
                .param("q", "\u0000")
                .with(user("leader").roles("LEADER"))
                .exchange();
        assertThat(html).hasStatusOk().bodyText().contains("共 " + excellent + " 条");
    }

    @Test
    void theDisagreementsHaveTheirOwnPage() {
        assertThat(leaderGets("/campaigns/" + campaign + "/results"))
                .contains("/campaigns/" + campaign + "/results/disagreements");
        assertThat(leaderGets("/campaigns/" + campaign + "/results/disagreements?page=x&sort=nonsense"))
                .contains("评分分歧");
    }

    private Page<RankingRow> page(String type, String grade, ListQuery query) {
        RunSummary summary = rankings.current(campaign).orElseThrow();
        return rankings.page(summary, type, grade, query);
    }

    private static ListQuery query(String q, String sort, String dir, String page) {
        return query(q, sort, dir, page, null);
    }

    private static ListQuery query(String q, String sort, String dir, String page, String size) {
        return ListQuery.of(q, sort, dir, page, size, Rankings.sorts());
    }

    private String leaderGets(String uri) {
        MvcTestResult result =
                mvc.get().uri(uri).with(user("leader").roles("LEADER")).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
