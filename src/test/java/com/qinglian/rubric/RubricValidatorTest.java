package com.qinglian.rubric;

import static com.qinglian.rubric.RubricFixtures.pts;
import static com.qinglian.rubric.RubricFixtures.smallRubric;
import static com.qinglian.rubric.RubricFixtures.withNodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RubricValidatorTest {

    private static List<String> problems(Rubric rubric) {
        return RubricValidator.validate(rubric).stream()
                .map(p -> p.location() + " " + p.key())
                .toList();
    }

    /** The small rubric with the first group's single item under A1.1 replaced. */
    private static Rubric withA11Items(RubricNode... items) {
        Rubric base = smallRubric();
        RubricNode a = base.nodes().get(0);
        RubricNode a1 = a.children().get(0);
        RubricNode a11 = a1.children().get(0).withChildren(List.of(items));
        return withNodes(
                base,
                List.of(
                        a.withChildren(List.of(a1.withChildren(List.of(a11)))),
                        base.nodes().get(1)));
    }

    @Test
    void acceptsAValidRubric() {
        assertThat(RubricValidator.validate(smallRubric())).isEmpty();
    }

    @Test
    void namesTheParentWhoseChildrenDoNotAddUp() {
        Rubric rubric = withA11Items(
                RubricNode.item("A1.1.1", "1", "甲", pts("2")), RubricNode.item("A1.1.2", "2", "乙", pts("1")));
        assertThat(problems(rubric)).contains("A1.1 rubric.error.sumMismatch");
        assertThat(RubricValidator.validate(rubric).get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("分值 4 分,但下级分值合计 3 分:请改正分值,或在该指标上声明 printedTotal: sum(按下级合计计分)或"
                        + " cap(以印刷分值为上限),也可在体系上声明 printedTotals");
    }

    @Test
    void reportsTopLevelNodesThatMissTheDeclaredTotal() {
        Rubric base = smallRubric();
        Rubric rubric = new Rubric(
                base.code(),
                base.version(),
                base.title(),
                null,
                pts("100"),
                null,
                null,
                null,
                base.nodes(),
                null,
                null);
        assertThat(problems(rubric)).containsExactly(" rubric.error.totalMismatch");
    }

    @Test
    void refusesDuplicateCodes() {
        Rubric rubric = withA11Items(
                RubricNode.item("A1.1.1", "1", "甲", pts("2")), RubricNode.item("A1.1.1", "2", "乙", pts("2")));
        assertThat(problems(rubric)).containsExactly("A1.1.1 rubric.error.duplicateCode");
    }

    @Test
    void refusesNegativePointsAndPointsOffTheStep() {
        Rubric rubric = withA11Items(
                RubricNode.item("A1.1.1", "1", "甲", pts("4.25")), RubricNode.item("A1.1.2", "2", "乙", pts("-0.25")));
        assertThat(problems(rubric)).contains("A1.1.1 rubric.error.offStep", "A1.1.2 rubric.error.negativePoints");
    }

    @Test
    void refusesAnEmptyIndicator() {
        Rubric rubric = withA11Items();
        assertThat(problems(rubric)).contains("A1.1 rubric.error.emptyNode.indicator");
    }

    @Test
    void refusesBadCodesMissingTextAndItemsWithChildren() {
        RubricNode parentItem = new RubricNode(
                "A1.1.1",
                NodeLevel.ITEM,
                "1",
                null,
                "甲",
                pts("4"),
                null,
                null,
                null,
                null,
                null,
                List.of(RubricNode.item("x y", null, " ", pts("0"))));
        Rubric rubric = withA11Items(parentItem);
        assertThat(problems(rubric))
                .contains(
                        "A1.1.1 rubric.error.itemWithChildren",
                        "x y rubric.error.badNodeCode",
                        "x y rubric.error.noText");
    }

    @Test
    void checksRubricHeader() {
        Rubric base = smallRubric();
        Rubric rubric = new Rubric("bad code", "", " ", null, pts("0"), pts("0"), null, null, base.nodes(), null, null);
        assertThat(problems(rubric))
                .containsExactlyInAnyOrder(
                        "code rubric.error.badRubricCode",
                        "version rubric.error.badVersion",
                        "title rubric.error.missing",
                        "total rubric.error.badTotal",
                        "step rubric.error.badStep");
    }

    @Test
    void checksItemRulesAndDeductNodes() {
        RubricNode tiered = new RubricNode(
                "A1.1.1",
                NodeLevel.ITEM,
                "1",
                null,
                "满意度",
                pts("2"),
                null,
                null,
                null,
                null,
                new ItemRule.Tiered(List.of(new ItemRule.Tier(pts("95"), pts("3")))),
                null);
        RubricNode proportional = new RubricNode(
                "A1.1.2",
                NodeLevel.ITEM,
                "2",
                null,
                "办结率",
                pts("2"),
                null,
                null,
                null,
                null,
                new ItemRule.Proportional(pts("0")),
                null);
        assertThat(problems(withA11Items(tiered, proportional)))
                .containsExactlyInAnyOrder("A1.1.1 rubric.error.tierPoints", "A1.1.2 rubric.error.rulePositive");

        RubricNode manualUnderDeduct = RubricNode.item("A1.1.1", "1", "甲", pts("0"));
        RubricNode deduct = new RubricNode(
                "A1.1",
                NodeLevel.INDICATOR,
                null,
                "安全生产",
                null,
                pts("4"),
                null,
                NodeMode.DEDUCT,
                null,
                null,
                null,
                List.of(manualUnderDeduct));
        Rubric base = smallRubric();
        RubricNode a = base.nodes().get(0);
        Rubric rubric = withNodes(
                base,
                List.of(
                        a.withChildren(List.of(a.children().get(0).withChildren(List.of(deduct)))),
                        base.nodes().get(1)));
        assertThat(problems(rubric)).containsExactly("A1.1.1 rubric.error.deductChild");
    }

    @Test
    void checksCaseRules() {
        Rubric base = smallRubric();
        RuleSet negative = new RuleSet(
                List.of(
                        new CaseRule("FORM1", null, "甲", pts("1"), pts("1"), null),
                        new CaseRule("A", null, "乙", pts("-1"), null, null)),
                null);
        Rubric rubric = new Rubric(
                base.code(),
                base.version(),
                base.title(),
                null,
                base.total(),
                null,
                null,
                null,
                base.nodes(),
                negative,
                null);
        assertThat(problems(rubric))
                .containsExactlyInAnyOrder(
                        "FORM1 rubric.error.perCaseOrFixed",
                        "A rubric.error.duplicateCode",
                        "A rubric.error.rulePositive");
    }

    @Test
    void requireValidThrowsWithEveryProblem() {
        Rubric rubric = withA11Items(
                RubricNode.item("A1.1.1", "1", "甲", pts("1")), RubricNode.item("A1.1.1", "2", "乙", pts("1")));
        assertThatThrownBy(() -> RubricValidator.requireValid(rubric))
                .isInstanceOf(RubricInvalidException.class)
                .satisfies(
                        e -> assertThat(((RubricInvalidException) e).problems()).hasSize(2));
    }
}
