package com.qinglian.rubric;

import static com.qinglian.rubric.RubricFixtures.pts;
import static com.qinglian.rubric.RubricFixtures.smallRubric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules a rubric answers itself: which score an item takes, and which items apply to a unit. */
class RubricRulesTest {

    private static final RubricNode ITEM = RubricNode.item("A1.1.1", "1", "制定学习计划;", pts("2"));
    private static final java.math.BigDecimal STEP = pts("0.5");

    @Test
    void anItemTakesMultiplesOfTheStepFromZeroToItsPoints() {
        assertThat(List.of("0", "0.5", "1.5", "2", "2.00"))
                .allSatisfy(
                        s -> assertThat(ITEM.acceptsScore(pts(s), STEP)).as(s).isTrue());
        assertThat(ITEM.acceptsScore(null, STEP)).isFalse();
    }

    @Test
    void aRefusedScoreSaysWhichRuleItBreaks() {
        assertThat(ITEM.scoreRefusal(pts("-0.5"), STEP))
                .get()
                .extracting(ScoreRefusal::reason)
                .isEqualTo(ScoreRefusal.Reason.NEGATIVE);
        assertThat(ITEM.scoreRefusal(pts("2.5"), STEP))
                .get()
                .extracting(ScoreRefusal::reason)
                .isEqualTo(ScoreRefusal.Reason.ABOVE_POINTS);
        ScoreRefusal offStep = ITEM.scoreRefusal(pts("1.2"), STEP).orElseThrow();
        assertThat(offStep.reason()).isEqualTo(ScoreRefusal.Reason.OFF_STEP);
        assertThat(offStep.reason().key()).isEqualTo("rubric.score.offStep");
        assertThat(List.of(offStep.itemCode(), offStep.plainPoints(), offStep.plainStep()))
                .containsExactly("A1.1.1", "2", "0.5");
    }

    @Test
    void everyItemIsPlacedUnderItsAncestors() {
        List<PlacedItem> items = smallRubric().placedItems();
        assertThat(items).extracting(i -> i.item().code()).containsExactly("A1.1.1", "A1.1.2", "B1.1", "B1.2");
        PlacedItem first = items.get(0);
        assertThat(first.path()).extracting(RubricNode::code).containsExactly("A", "A1", "A1.1");
        assertThat(first.indicator().code()).isEqualTo("A1.1");
        assertThat(first.isUnder("A1")).isTrue();
        assertThat(first.isUnder("A1.1.1")).isTrue();
        assertThat(first.isUnder("B")).isFalse();
    }

    @Test
    void aUnitGetsOnlyTheItemsThatApplyToItsTypeWithEveryNodeAbove() {
        Rubric rubric = smallRubric();
        RubricNode b = rubric.nodes().get(1);
        RubricNode stationsOnly = new RubricNode(
                b.code(),
                b.level(),
                b.number(),
                b.title(),
                b.text(),
                b.points(),
                b.notes(),
                b.mode(),
                b.floor(),
                Set.of("station"),
                b.rule(),
                b.children());
        Rubric mixed = RubricFixtures.withNodes(rubric, List.of(rubric.nodes().get(0), stationsOnly));
        assertThat(mixed.itemsFor("agency")).extracting(i -> i.item().code()).containsExactly("A1.1.1", "A1.1.2");
        assertThat(mixed.itemsFor("station"))
                .extracting(i -> i.item().code())
                .containsExactly("A1.1.1", "A1.1.2", "B1.1", "B1.2");
    }
}
