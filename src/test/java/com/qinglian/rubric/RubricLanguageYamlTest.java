package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every construct of the rubric language read from YAML, written back, and read again as the same rubric. */
class RubricLanguageYamlTest {

    static String everyConstructYaml() {
        try (InputStream in =
                RubricLanguageYamlTest.class.getResourceAsStream("/rubric-language/every-construct.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Rubric everyConstruct() {
        return read(everyConstructYaml());
    }

    private static Rubric read(String yaml) {
        return RubricYaml.read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problemsOf(ThrowingCallable call) {
        try {
            call.call();
        } catch (RubricInvalidException e) {
            return e.problems().stream()
                    .map(p -> p.location() + " " + p.key() + " " + p.args())
                    .toList();
        } catch (Throwable t) {
            throw new AssertionError("expected RubricInvalidException", t);
        }
        throw new AssertionError("expected RubricInvalidException, nothing was thrown");
    }

    @Test
    void readsTheRubricLevelTerms() {
        RubricTerms terms = everyConstruct().terms();
        assertThat(terms.defaultFullMarks()).isTrue();
        assertThat(terms.printedTotals()).isEqualTo(PrintedTotal.CAP);
        assertThat(terms.rescale().afterCases()).isTrue();
        assertThat(terms.rescale().rounding().to()).isEqualByComparingTo("0.01");
        assertThat(terms.rescale().rounding().mode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(terms.facts())
                .extracting(FactRule::code, FactRule::kind, FactRule::unit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MAJOR_ACCIDENT", FactRule.Kind.YES_NO, null),
                        org.assertj.core.groups.Tuple.tuple("SATISFACTION", FactRule.Kind.NUMBER, "%"),
                        org.assertj.core.groups.Tuple.tuple("LATE_REPORT", FactRule.Kind.YES_NO, null));
        assertThat(terms.fact("MAJOR_ACCIDENT").orElseThrow().veto())
                .isEqualTo(new FactRule.Veto(FactRule.Effect.ZERO_TOTAL, null));
        assertThat(terms.fact("LATE_REPORT").orElseThrow().veto())
                .isEqualTo(new FactRule.Veto(FactRule.Effect.SET_GRADE, "不合格"));
    }

    @Test
    void readsTheNodeTerms() {
        Rubric rubric = everyConstruct();
        RubricNode a1 = rubric.node("A1").orElseThrow();
        NodeTerms terms = a1.terms();
        assertThat(terms.defaultFullMarks()).isFalse();
        assertThat(terms.printedTotal()).isEqualTo(PrintedTotal.SUM);
        assertThat(terms.clamp().min()).isEqualByComparingTo("0");
        assertThat(terms.clamp().max()).isEqualByComparingTo("4");
        assertThat(a1.floor()).isEqualByComparingTo("1");
        assertThat(terms.clauses())
                .extracting(c -> c.rule().code(), NodeClause::adds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A1-LATE", false),
                        org.assertj.core.groups.Tuple.tuple("A1-PRAISE", true),
                        org.assertj.core.groups.Tuple.tuple("A1-HARM", false));
        CaseRule late = terms.clauses().get(0).rule();
        assertThat(late.perCase()).isEqualByComparingTo("0.5");
        assertThat(late.cap()).isEqualByComparingTo("2");
        CaseRule harm = terms.clauses().get(2).rule();
        assertThat(harm.title()).isEqualTo("造成不良影响的,扣3-6分");
        assertThat(harm.terms().rangeMin()).isEqualByComparingTo("3");
        assertThat(harm.terms().rangeMax()).isEqualByComparingTo("6");
        assertThat(terms.gates()).singleElement().satisfies(g -> {
            assertThat(g.when().fact()).isEqualTo("SATISFACTION");
            assertThat(g.when().below()).isEqualByComparingTo("90");
            assertThat(g.cap()).isEqualByComparingTo("0");
        });
        RubricNode a2 = rubric.node("A2").orElseThrow();
        assertThat(a2.terms().appliesToTags()).containsExactly("river");
        assertThat(a2.terms().appliesToUnits()).containsExactlyInAnyOrder("U001", "U002");
        assertThat(a2.terms().gates().get(0).when().node()).isEqualTo("A1.2");
        assertThat(a2.terms().gates().get(0).cap()).isEqualByComparingTo("1");
        assertThat(a2.terms().gates().get(1).when().fact()).isEqualTo("MAJOR_ACCIDENT");
        assertThat(rubric.node("B").orElseThrow().mode()).isEqualTo(NodeMode.VARIANT);
        assertThat(rubric.node("B3").orElseThrow().terms().printedTotal()).isEqualTo(PrintedTotal.CAP);
    }

    @Test
    void readsTheItemAndCaseRules() {
        Rubric rubric = everyConstruct();
        assertThat(rubric.node("A1.2").orElseThrow().rule())
                .isEqualTo(new ItemRule.Rate(new Rounding(null, RoundingMode.DOWN), true));
        assertThat(rubric.node("A2.1").orElseThrow().rule())
                .isEqualTo(new ItemRule.Proportional(
                        new java.math.BigDecimal("100"),
                        new Rounding(new java.math.BigDecimal("0.01"), RoundingMode.HALF_UP)));
        CaseRule harm = rubric.negativeList().rule("HARM").orElseThrow();
        assertThat(harm.perCase()).isNull();
        assertThat(harm.terms().isRange()).isTrue();
        assertThat(rubric.negativeList().rule("FORM1").orElseThrow().terms().multiplierFor("street"))
                .isEqualByComparingTo("1.5");
        CaseRule praise = rubric.bonus().rule("PRAISE").orElseThrow();
        assertThat(praise.terms().levels()).extracting(CaseTerms.Level::name).containsExactly("国家级", "省级", "市级");
        assertThat(praise.terms().level("省级").orElseThrow().points()).isEqualByComparingTo("3");
        assertThat(praise.terms().combine()).isEqualTo(CaseTerms.Combine.HIGHEST);
        assertThat(praise.cap()).isEqualByComparingTo("5");
    }

    @Test
    void theRubricIsValidAndWarnsOnlyAboutItsPrintedTotal() {
        Rubric rubric = everyConstruct();
        assertThat(RubricValidator.validate(rubric)).isEmpty();
        assertThat(RubricValidator.warnings(rubric))
                .extracting(p -> p.location() + " " + p.key() + " " + p.args())
                .containsExactly("A1 rubric.warning.printedTotal [A1, 4, 3.5, sum]");
    }

    @Test
    void writingThenReadingGivesTheSameRubric() {
        Rubric rubric = everyConstruct();
        String written = RubricYaml.write(rubric);
        Rubric again = read(written);
        assertThat(again).isEqualTo(rubric);
        assertThat(RubricYaml.write(again)).isEqualTo(written);
        assertThat(written)
                .contains("printedTotals: cap", "stage: afterCases", "mode: halfUp", "zeroTarget: full", "adds: true")
                .contains("mode: variant", "combine: highest", "appliesToUnits:", "kind: yesNo", "effect: setGrade");
    }

    @Test
    void aRubricWithoutTermsIsWrittenAsBefore() {
        String written = RubricYaml.write(RubricFixtures.smallRubric());
        for (String field : List.of(
                "defaultFullMarks",
                "printedTotal",
                "rescale",
                "facts",
                "clauses",
                "gates",
                "clamp",
                "appliesToTags",
                "appliesToUnits",
                "rounding",
                "combine",
                "levels",
                "range",
                "multipliers")) {
            assertThat(written).doesNotContain(field + ":");
        }
    }

    @Test
    void unknownFieldsOfEveryNewMappingAreRefusedWithTheirPlace() {
        String yaml = everyConstructYaml()
                .replace("perCase: 0.5, cap: 2}", "perCase: 0.5, cap: 2, perCas: 1}")
                .replace("{when: {fact: SATISFACTION, below: 90}}", "{when: {fact: SATISFACTION, belw: 90}}")
                .replace("clamp: {min: 0, max: 4}", "clamp: {min: 0, max: 4, top: 4}")
                .replace(
                        "rounding: {to: 0.01, mode: halfUp}\n  stage",
                        "rounding: {to: 0.01, mode: halfUp, by: 1}\n  stage")
                .replace("levels: [{name: 国家级, points: 5}", "levels: [{name: 国家级, points: 5, pts: 5}")
                .replace("veto: {effect: zeroTotal}", "veto: {effect: zeroTotal, when: now}")
                .replace(
                        "range: {min: 3, max: 6}}\n    - {code: FORM1",
                        "range: {min: 3, max: 6, mid: 4}}\n    - {code: FORM1")
                .replace("zeroTarget: full}", "zeroTarget: full, target: 1}");
        assertThat(problemsOf(() -> read(yaml)))
                .extracting(p -> p.substring(0, p.indexOf(" rubric.")))
                .containsExactlyInAnyOrder(
                        "A1 / A1-LATE / perCas",
                        "A1 / gates[1] / when / belw",
                        "A1 / clamp / top",
                        "rescale / rounding / by",
                        "PRAISE / levels[1] / pts",
                        "MAJOR_ACCIDENT / veto / when",
                        "HARM / range / mid");
    }

    @Test
    void badWordsAreRefusedNamingTheFieldAndTheChoices() {
        String yaml = everyConstructYaml()
                .replace("mode: halfUp}\n  stage: afterCases", "mode: half_up}\n  stage: later")
                .replace("printedTotals: cap", "printedTotals: maximum")
                .replace("kind: number", "kind: percent")
                .replace("combine: highest", "combine: max")
                .replace("adds: true", "adds: yes")
                .replace("zeroTarget: full", "zeroTarget: all");
        assertThat(problemsOf(() -> read(yaml)))
                .containsExactlyInAnyOrder(
                        "rescale / rounding / mode rubric.error.badChoice [mode, half_up, down, halfUp, up]",
                        "rescale / stage rubric.error.badChoice [stage, later, beforeCases, afterCases]",
                        "printedTotals rubric.error.badChoice [printedTotals, maximum, sum, cap]",
                        "SATISFACTION / kind rubric.error.badChoice [kind, percent, yesNo, number]",
                        "PRAISE / combine rubric.error.badChoice [combine, max, highest, sum]",
                        "A1 / A1-PRAISE / adds rubric.error.badChoice [adds, yes, true, false]",
                        "A1.2 / rule / zeroTarget rubric.error.badChoice [zeroTarget, all, full, zero]");
    }

    @Test
    void numbersInTheNewFieldsAreCheckedLikePoints() {
        String yaml = everyConstructYaml()
                .replace("multipliers: {street: 1.5}", "multipliers: {street: x1.5}")
                .replace("{when: {node: A1.2, below: 1}, cap: 1}", "{when: {node: A1.2, below: one}, cap: 1}");
        assertThat(problemsOf(() -> read(yaml)))
                .anyMatch(p -> p.startsWith("A2 / gates[1] / when / below rubric.error.notANumber"))
                .anyMatch(p -> p.startsWith("FORM1 / multipliers / street rubric.error.notANumber"));
    }

    @Test
    void aMissingConditionIsNamed() {
        String yaml = everyConstructYaml().replace("{when: {fact: MAJOR_ACCIDENT}}", "{cap: 0}");
        assertThat(problemsOf(() -> read(yaml))).containsExactly("A2 / gates[2] / when rubric.error.missing [when]");
    }
}
