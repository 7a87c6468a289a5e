package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The text importer on rubric texts in the styles districts publish, and on text that is no rubric. */
class RubricTextTest {

    @Test
    void numberedHeadingsWithDimensionsAndFullWidthMarks() {
        ImportedDraft draft = read("rubric-text/with-dimensions.txt");
        Rubric r = draft.rubric();
        assertThat(r.title()).isEqualTo("某区清廉站所建设评价细则");
        assertThat(r.allNodes().map(n -> n.code() + " " + n.level() + " " + plain(n.points()) + " " + n.label()))
                .containsExactly(
                        "A GROUP 70 共性指标",
                        "A1 DIMENSION 30 政治建设",
                        "A1.1 INDICATOR 15 严明政治纪律",
                        "A1.1.1 ITEM 10 1.落实“第一议题”制度，每月至少学习1次；",
                        "A1.1.2 ITEM 5 2.每半年至少召开1次专题会议。",
                        "A1.2 INDICATOR 15 压实主体责任",
                        "A1.2.1 ITEM 5 1.制定年度责任清单；",
                        "A1.2.2 ITEM 5 2.班子成员“一岗双责”落实到位；",
                        "A1.2.3 ITEM 5 3.通过调研等途经了解情况，每季度不少于1次。",
                        "A2 DIMENSION 40 作风建设",
                        "A2.1 INDICATOR 40 纠治“四风”",
                        "A2.1.1 ITEM 20 1.严格执行中央八项规定精神；",
                        "A2.1.2 ITEM 20 2.开展作风建设专项检查，全覆盖。",
                        "B GROUP 30 个性指标",
                        "B1 INDICATOR 30 特色亮点",
                        "B1.1 ITEM 15 1.形成特色工作品牌；",
                        "B1.2 ITEM 15 2.经验做法被上级推广。");
        assertThat(r.node("A").orElseThrow().number()).isEqualTo("一");
        assertThat(r.total()).isEqualByComparingTo("100");
        assertThat(draft.doubts())
                .extracting(d -> d.kind() + " " + d.node() + " " + d.args())
                .containsExactly("TYPO A1.2.3 [途经, 途径]");
        assertThat(RubricValidator.validate(r)).isEmpty();
    }

    @Test
    void perTypeSubtreesAndADeductFromBaseBlock() {
        ImportedDraft draft = read("rubric-text/per-type-deduct.txt");
        Rubric r = draft.rubric();
        assertThat(r.nodes()).extracting(RubricNode::title).containsExactly("共性指标", "个性指标(机关)", "个性指标(站所)");
        RubricNode safety = r.node("A2").orElseThrow();
        assertThat(safety.title()).isEqualTo("安全稳定");
        assertThat(safety.mode()).isEqualTo(NodeMode.DEDUCT);
        assertThat(safety.points()).isEqualByComparingTo("5");
        assertThat(safety.children())
                .extracting(n -> n.text() + " " + ((ItemRule.Deduction) n.rule()).perCase())
                .containsExactly("发生安全生产责任事故的,每起扣2分; 2", "被上级通报批评的,每次扣1分。 1");
        assertThat(r.node("B1.2").orElseThrow().text()).isEqualTo("机关作风评议满意度达到95%以上。");
        assertThat(r.node("C1.1").orElseThrow().text()).isEqualTo("窗口服务“好差评”全覆盖;");
        assertThat(r.negativeList().rules()).singleElement().satisfies(rule -> {
            assertThat(rule.category()).isEqualTo("违纪违法");
            assertThat(rule.title()).isEqualTo("被立案审查调查的");
            assertThat(rule.perCase()).isEqualByComparingTo("5");
        });
        assertThat(draft.doubts())
                .extracting(d -> d.kind() + " " + d.node())
                .containsExactly("UNNUMBERED_ITEM A2.1", "UNNUMBERED_ITEM A2.2");
        assertThat(draft.sources().get("A2")).isEqualTo(new LineRange(11, 15));
    }

    @Test
    void listsWhatDoesNotAddUpAndCorrectsNothing() {
        ImportedDraft draft = read("rubric-text/with-mistakes.txt");
        Rubric r = draft.rubric();
        assertThat(draft.doubts())
                .extracting(d -> d.kind() + " " + d.node() + " " + d.args() + " @"
                        + d.lines().label())
                .containsExactly(
                        "TOTAL_MISMATCH A [20, 15] @6–14",
                        "TOTAL_MISMATCH A1 [5, 4] @7–10",
                        "TYPO A1.1 [截止到, 截至] @8",
                        "ITEM_WITHOUT_POINTS A1.2 [] @9",
                        "DEDUCTION_WITHOUT_UNIT NEG1 [(-2分)] @16");
        assertThat(r.node("A").orElseThrow().points()).isEqualByComparingTo("20");
        assertThat(r.node("A1").orElseThrow().points()).isEqualByComparingTo("5");
        assertThat(r.node("A1.1").orElseThrow().text()).isEqualTo("截止到年底完成制度汇编;");
        assertThat(r.node("A1.2").orElseThrow().points()).isEqualByComparingTo("0");
        assertThat(r.negativeList().rules().get(0).fixed()).isEqualByComparingTo("2");
        assertThat(r.bonus().rules())
                .singleElement()
                .satisfies(b -> assertThat(b.perCase()).isEqualByComparingTo("1"));
        // the printed totals are kept and declared to score what the children give: a warning, not a refusal
        assertThat(r.terms().printedTotals()).isEqualTo(PrintedTotal.SUM);
        assertThat(RubricValidator.validate(r)).isEmpty();
        assertThat(RubricValidator.warnings(r))
                .extracting(p -> p.location() + " " + p.key() + " " + p.args())
                .containsExactly(
                        "A rubric.warning.printedTotal [A, 20, 15, sum]",
                        "A1 rubric.warning.printedTotal [A1, 5, 4, sum]");
    }

    @Test
    void settlingADoubtKeepsItListedWithItsNote() {
        RubricDoubt doubt = read("rubric-text/with-mistakes.txt").doubts().get(2);
        RubricDoubt settled = doubt.settle("organiser", "照录");
        assertThat(settled.isSettled()).isTrue();
        assertThat(settled.kind()).isEqualTo(doubt.kind());
        assertThat(settled.note()).isEqualTo("照录");
    }

    @Test
    void textWithoutStructureIsRefusedWithAClearMessage() {
        String prose = "关于开展清廉机关建设的通知\n各单位：\n请认真组织学习，按时报送材料。\n特此通知。\n";
        assertThatThrownBy(() -> RubricText.read(prose))
                .isInstanceOfSatisfying(
                        RubricInvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(RubricProblem::key)
                                .containsExactly("rubric.error.text.noStructure"));
        assertThatThrownBy(() -> RubricText.read(new byte[0]))
                .isInstanceOfSatisfying(
                        RubricInvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(RubricProblem::key)
                                .containsExactly("rubric.error.emptyFile"));
        assertThatThrownBy(() -> RubricText.read(new byte[] {(byte) 0xC3, 0x28, 0x41}))
                .isInstanceOfSatisfying(
                        RubricInvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(RubricProblem::key)
                                .containsExactly("rubric.error.text.notUtf8"));
        assertThatThrownBy(() -> RubricText.read("一、指标(10分)\u0000")).isInstanceOf(RubricInvalidException.class);
    }

    @Test
    void twoDifferentCopiesAreRefused() {
        String copy = "评价细则\n一级指标\n分值\n指标甲\n1.要求一;(2分)\n2\n";
        String other = copy.replace("(2分)\n2", "(3分)\n3");
        assertThatThrownBy(() -> RubricText.read(copy + other))
                .isInstanceOfSatisfying(
                        RubricInvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(RubricProblem::key)
                                .containsExactly("rubric.error.text.copiesDiffer"));
        assertThat(RubricText.read(copy + copy).doubts())
                .extracting(RubricDoubt::kind)
                .containsExactly(RubricDoubt.Kind.REPEATED_COPY);
    }

    private static ImportedDraft read(String resource) {
        try (InputStream in = RubricTextTest.class.getClassLoader().getResourceAsStream(resource)) {
            return RubricText.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
