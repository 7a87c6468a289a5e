package com.qinglian.rubric;

import static com.qinglian.rubric.RubricLanguageYamlTest.everyConstructYaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every error and warning of the rubric language, each on the rubric that uses every construct with one change. */
class RubricLanguageValidatorTest {

    private static Rubric changed(String from, String to) {
        String yaml = everyConstructYaml();
        assertThat(yaml).as("the fixture holds %s", from).contains(from);
        return RubricYaml.read(yaml.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(String from, String to) {
        return RubricValidator.validate(changed(from, to)).stream()
                .map(p -> p.location() + " " + p.key() + " " + p.args())
                .toList();
    }

    private static List<String> warnings(Rubric rubric) {
        return RubricValidator.warnings(rubric).stream()
                .map(p -> p.location() + " " + p.key() + " " + p.args())
                .toList();
    }

    private static final String SATISFACTION_GATE = "{when: {fact: SATISFACTION, below: 90}}";
    private static final String NODE_GATE = "{when: {node: A1.2, below: 1}, cap: 1}";

    @Test
    void aGateNamesAFactOrANodeThatExists() {
        assertThat(errors(SATISFACTION_GATE, "{when: {fact: NOISE, below: 90}}"))
                .containsExactly("A1 / gates[1] rubric.error.gateUnknownFact [NOISE]");
        assertThat(errors(NODE_GATE, "{when: {node: Z9, below: 1}}"))
                .containsExactly("A2 / gates[1] rubric.error.gateUnknownNode [Z9]");
        assertThat(errors(SATISFACTION_GATE, "{when: {fact: SATISFACTION, node: A1.1, below: 90}}"))
                .containsExactly("A1 / gates[1] rubric.error.gateSubject []");
    }

    @Test
    void aGateNodeComesEarlierAndIsNeitherAboveNorBelow() {
        assertThat(errors(SATISFACTION_GATE, "{when: {node: A2, below: 1}}"))
                .containsExactly("A1 / gates[1] rubric.error.gateNodeOrder [A2, A1]");
        assertThat(errors(SATISFACTION_GATE, "{when: {node: A1.1, below: 1}}"))
                .containsExactly("A1 / gates[1] rubric.error.gateNodeOrder [A1.1, A1]");
        assertThat(errors(NODE_GATE, "{when: {node: A, below: 1}}"))
                .containsExactly("A2 / gates[1] rubric.error.gateNodeOrder [A, A2]");
        assertThat(RubricValidator.validate(changed(NODE_GATE, "{when: {node: A1, atLeast: 2}}")))
                .isEmpty();
    }

    @Test
    void aGateStatesOneBoundFittingTheKindOfWhatItReads() {
        assertThat(errors(SATISFACTION_GATE, "{when: {fact: SATISFACTION}}"))
                .containsExactly("A1 / gates[1] rubric.error.gateNeedsBound [SATISFACTION]");
        assertThat(errors("{when: {fact: MAJOR_ACCIDENT}}", "{when: {fact: MAJOR_ACCIDENT, atLeast: 1}}"))
                .containsExactly("A2 / gates[2] rubric.error.gateYesNoBound [MAJOR_ACCIDENT]");
        assertThat(errors(NODE_GATE, "{when: {node: A1.2}}"))
                .containsExactly("A2 / gates[1] rubric.error.gateNeedsBound [A1.2]");
        assertThat(errors(SATISFACTION_GATE, "{when: {fact: SATISFACTION, below: 90, atLeast: 80}}"))
                .containsExactly("A1 / gates[1] rubric.error.gateTwoBounds []");
        assertThat(errors(NODE_GATE, "{when: {node: A1.2, below: 1}, cap: 7}"))
                .containsExactly("A2 / gates[1] rubric.error.gateCap [7, 6]");
    }

    @Test
    void clauseAndFactCodesShareOneNamespaceWithNodesAndRules() {
        assertThat(errors("{code: A1-LATE,", "{code: A1.1,")).containsExactly("A1.1 rubric.error.duplicateCode [A1.1]");
        assertThat(errors("{code: SATISFACTION,", "{code: HARM,")).contains("HARM rubric.error.duplicateCode [HARM]");
        assertThat(errors("{code: A1-PRAISE,", "{code: FORM1,"))
                .containsExactly("FORM1 rubric.error.duplicateCode [FORM1]");
    }

    @Test
    void aCaseRuleStatesExactlyOneKindOfAmount() {
        assertThat(errors(
                        "range: {min: 3, max: 6}}\n    - {code: FORM1",
                        "perCase: 1, range: {min: 3, max: 6}}\n    - {code: FORM1"))
                .containsExactly("HARM rubric.error.perCaseOrFixed []");
        assertThat(errors("title: 每迟报一次扣0.5分, perCase: 0.5, cap: 2", "title: 每迟报一次扣0.5分, cap: 2"))
                .containsExactly("A1-LATE rubric.error.perCaseOrFixed []");
        assertThat(errors("perCase: 1, multipliers", "perCase: 1, levels: [{name: 甲, points: 1}], multipliers"))
                .containsExactly("FORM1 rubric.error.perCaseOrFixed []");
    }

    @Test
    void aRangeIsOrderedAndOnTheStep() {
        assertThat(errors(
                        "扣3-6分\", range: {min: 3, max: 6}}\n    - {code: FORM1",
                        "扣3-6分\", range: {min: 6, max: 3}}\n    - {code: FORM1"))
                .containsExactly("HARM rubric.error.rangeOrder [6, 3]");
        assertThat(errors(
                        "A1-HARM, title: \"造成不良影响的,扣3-6分\", range: {min: 3, max: 6}",
                        "A1-HARM, title: \"造成不良影响的,扣3-6分\", range: {min: 3.2, max: 6}"))
                .containsExactly("A1-HARM rubric.error.rangeOffStep [3.2, 6, 0.5]");
    }

    @Test
    void levelsHaveDistinctNamesAndPositivePoints() {
        assertThat(errors("{name: 省级, points: 3}", "{name: \" \", points: 3}"))
                .containsExactly("PRAISE rubric.error.levelNameBlank []");
        assertThat(errors("{name: 省级, points: 3}", "{name: 国家级, points: 3}"))
                .containsExactly("PRAISE rubric.error.levelNameDuplicate [国家级]");
        assertThat(errors("{name: 市级, points: 1}", "{name: 市级, points: 0}"))
                .containsExactly("PRAISE rubric.error.levelPoints [市级, 0]");
    }

    @Test
    void multipliersArePositive() {
        assertThat(errors("multipliers: {street: 1.5}", "multipliers: {street: 0}"))
                .containsExactly("FORM1 rubric.error.multiplier [street, 0]");
    }

    @Test
    void aClampLiesWithinTheNodesPoints() {
        assertThat(errors("clamp: {min: 0, max: 4}", "clamp: {min: 0, max: 5}"))
                .containsExactly("A1 rubric.error.clamp [0, 5, 4]");
        assertThat(errors("clamp: {min: 0, max: 4}", "clamp: {min: 3, max: 2}"))
                .containsExactly("A1 rubric.error.clamp [3, 2, 4]");
        assertThat(errors("clamp: {min: 0, max: 4}", "clamp: {min: -1}"))
                .containsExactly("A1 rubric.error.clamp [-1, 4, 4]");
    }

    @Test
    void rescalingStatesARoundingAndRoundingsArePositive() {
        assertThat(errors("rescale:\n  rounding: {to: 0.01, mode: halfUp}\n", "rescale:\n"))
                .containsExactly("rescale rubric.error.rescaleRounding []");
        assertThat(errors("rounding: {to: 0.01, mode: halfUp}}", "rounding: {to: 0, mode: halfUp}}"))
                .containsExactly("A2.1 / rule rubric.error.roundingTo [0]");
        assertThat(errors("rounding: {to: step, mode: down}", "rounding: {to: -0.5, mode: down}"))
                .containsExactly("A1.2 / rule rubric.error.roundingTo [-0.5]");
    }

    @Test
    void everyBlockOfAVariantIsWorthTheVariantsPoints() {
        assertThat(errors("title: 某科室特色\n        points: 10", "title: 某科室特色\n        points: 8"))
                .contains("B2 rubric.error.variantPoints [B, 8, 10]");
    }

    @Test
    void vetoesBelongToYesNoFactsAndNameTheirGrade() {
        assertThat(errors("kind: number, unit", "kind: number, veto: {effect: zeroTotal}, unit"))
                .containsExactly("SATISFACTION rubric.error.vetoNumberFact [SATISFACTION]");
        assertThat(errors("veto: {effect: setGrade, grade: 不合格}", "veto: {effect: capGrade}"))
                .containsExactly("LATE_REPORT rubric.error.vetoGrade [capGrade]");
    }

    @Test
    void applicabilityListsHaveNoBlankEntries() {
        assertThat(errors("appliesToUnits: [U001, U002]", "appliesToUnits: [U001, \" \"]"))
                .containsExactly("A2 rubric.error.blankEntry [appliesToUnits]");
        assertThat(errors("appliesToTags: [river]", "appliesToTags: [\"\"]"))
                .containsExactly("A2 rubric.error.blankEntry [appliesToTags]");
    }

    @Test
    void aPrintedTotalOffItsChildrenIsAnErrorWithoutAChoiceAndAWarningWithOne() {
        Rubric byNode = changed("printedTotals: cap\n", "");
        Rubric none = RubricYaml.read(everyConstructYaml()
                .replace("printedTotals: cap\n", "")
                .replace("        printedTotal: sum\n", "")
                .getBytes(StandardCharsets.UTF_8));
        List<RubricProblem> problems = RubricValidator.validate(none);
        assertThat(problems)
                .extracting(p -> p.location() + " " + p.key() + " " + p.args())
                .containsExactly("A1 rubric.error.sumMismatch [4, 3.5]");
        assertThat(problems.get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("printedTotal: sum", "cap");
        assertThat(problems.get(0).message(Locale.ENGLISH)).contains("printedTotal: sum", "cap");

        // the node's own choice, or the rubric's, makes it a warning naming node, printed, sum and choice
        assertThat(RubricValidator.validate(byNode)).isEmpty();
        assertThat(warnings(byNode)).containsExactly("A1 rubric.warning.printedTotal [A1, 4, 3.5, sum]");
        Rubric byRubric = changed("        printedTotal: sum\n", "");
        assertThat(RubricValidator.validate(byRubric)).isEmpty();
        assertThat(warnings(byRubric)).containsExactly("A1 rubric.warning.printedTotal [A1, 4, 3.5, cap]");
        assertThat(RubricValidator.warnings(byRubric).get(0).message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“A1”印刷分值 4 分,但下级合计 3.5 分;按声明的 cap 计分(sum:按下级合计;cap:以印刷分值为上限):请核对原文");
    }

    @Test
    void theTotalOffTheTopLevelFollowsTheRubricsChoice() {
        Rubric declared = changed("total: 20", "total: 25");
        assertThat(RubricValidator.validate(declared)).isEmpty();
        assertThat(warnings(declared)).contains("total rubric.warning.printedTotal.top [25, 20, cap]");
        Rubric undeclared = RubricYaml.read(everyConstructYaml()
                .replace("total: 20", "total: 25")
                .replace("printedTotals: cap\n", "")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(RubricValidator.validate(undeclared))
                .extracting(RubricProblem::key)
                .containsExactly("rubric.error.totalMismatch");
    }

    @Test
    void aDeductionItemWorthNothingIsAWarning() {
        Rubric rubric = changed("扣完为止\n            points: 10", "扣完为止\n            points: 0");
        assertThat(RubricValidator.validate(rubric)).isEmpty();
        assertThat(warnings(rubric)).contains("B3.1 rubric.warning.deductionTakesNothing [B3.1, 1]");
    }

    @Test
    void aVariantWithoutADefaultBlockIsAWarning() {
        Rubric rubric = changed(
                "title: 通用方案\n        points: 10\n",
                "title: 通用方案\n        points: 10\n        appliesToTags: [general]\n");
        assertThat(RubricValidator.validate(rubric)).isEmpty();
        assertThat(warnings(rubric)).contains("B rubric.warning.variantNoDefault [B]");
        assertThat(warnings(RubricLanguageYamlTest.everyConstruct())).noneMatch(w -> w.contains("variantNoDefault"));
    }
}
