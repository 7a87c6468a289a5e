package com.qinglian.evaluation;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.campaign.Campaigns;
import com.qinglian.results.ResultsScenarios;
import com.qinglian.security.CurrentUser;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The items whose evaluators differ by more than a threshold are found and paged by the database: three such items
 * of one unit (and one where they differ by only half a point), in pages of two.
 */
@DatabaseTest
class DisagreementsIntegrationTest {

    private static final BigDecimal THRESHOLD = BigDecimal.ONE;

    @Autowired
    ResultsScenarios scenarios;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Test
    void disagreementsArePagedSortedAndSearchedWithEveryEvaluatorsScore() {
        ResultsScenarios.Reviewed r = scenarios.inReview();
        CurrentUser second = scenarios.anEvaluator("two");
        campaigns.assign(r.campaign(), second.getUsername(), List.of(r.agency()), null, false);
        List<ScoringSheet.Row> wide =
                uploadAs(r.evaluator(), () -> evaluations.sheet(r.campaign(), r.agency())).rows().stream()
                        .filter(row -> row.scorable() && row.item().points().compareTo(new BigDecimal("2")) >= 0)
                        .limit(4)
                        .toList();
        assertThat(wide).hasSize(4);
        for (int i = 0; i < 4; i++) {
            String item = wide.get(i).item().code();
            BigDecimal points = wide.get(i).item().points();
            // the last one differs by half a point only
            BigDecimal other = i < 3
                    ? points.subtract(new BigDecimal(i + 2)).max(BigDecimal.ZERO)
                    : points.subtract(new BigDecimal("0.5"));
            save(r.evaluator(), r, item, points);
            save(second, r, item, other);
        }

        Page<Disagreement> first = evaluations.disagreements(r.campaign(), THRESHOLD, query(null, null, null, "1"));
        Page<Disagreement> next = evaluations.disagreements(r.campaign(), THRESHOLD, query(null, null, null, "2"));
        Page<Disagreement> past = evaluations.disagreements(r.campaign(), THRESHOLD, query(null, null, null, "9"));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.rows()).hasSize(2);
        assertThat(next.rows()).hasSize(1);
        assertThat(past.number()).as("a page past the end is the last").isEqualTo(2);
        assertThat(past.rows())
                .extracting(Disagreement::itemCode)
                .isEqualTo(next.rows().stream().map(Disagreement::itemCode).toList());
        List<Disagreement> all = new java.util.ArrayList<>(first.rows());
        all.addAll(next.rows());
        assertThat(all)
                .extracting(Disagreement::itemCode)
                .containsExactlyInAnyOrder(
                        wide.get(0).item().code(),
                        wide.get(1).item().code(),
                        wide.get(2).item().code());
        assertThat(all).allSatisfy(d -> {
            assertThat(d.unitName()).isEqualTo(units.get(r.agency()).name());
            assertThat(d.scores())
                    .extracting(EvaluatorScore::evaluator)
                    .containsExactly(List.of(r.evaluator().getUsername(), second.getUsername()).stream()
                            .sorted()
                            .toArray(String[]::new));
            assertThat(d.spread()).isGreaterThan(THRESHOLD);
        });

        Page<Disagreement> widest =
                evaluations.disagreements(r.campaign(), THRESHOLD, query(null, "spread", "desc", "1"));
        assertThat(widest.rows()).extracting(Disagreement::spread).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(evaluations
                        .disagreements(r.campaign(), THRESHOLD, query(r.otherAgency(), null, null, "1"))
                        .total())
                .isZero();
        assertThat(evaluations
                        .disagreements(
                                r.campaign(),
                                THRESHOLD,
                                query(units.get(r.agency()).name(), null, null, "1"))
                        .total())
                .isEqualTo(3);
    }

    private void save(CurrentUser evaluator, ResultsScenarios.Reviewed r, String item, BigDecimal score) {
        uploadAs(evaluator, () -> evaluations.save(r.campaign(), r.agency(), item, score, "说明", -1));
    }

    private static ListQuery query(String q, String sort, String dir, String page) {
        return ListQuery.of(q, sort, dir, page, "2", Evaluations.disagreementSorts());
    }
}
