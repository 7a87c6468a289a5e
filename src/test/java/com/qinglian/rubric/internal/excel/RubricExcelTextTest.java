package com.qinglian.rubric.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cell texts of the published table: item numbers, point marks and rule marks. */
class RubricExcelTextTest {

    @Test
    void splitsNumberedItemsOnlyAtTheNextNumber() {
        List<RubricExcelText.ParsedItem> items =
                RubricExcelText.splitItems("1.90%以上的单位网上办;(2分)\n  2.全面实施“三服务”\n2.0版,深挖细查;(2分)\n3.网办指南最新。\n\n(1分)", 0);
        assertThat(items)
                .extracting(
                        RubricExcelText.ParsedItem::number,
                        RubricExcelText.ParsedItem::text,
                        RubricExcelText.ParsedItem::points)
                .containsExactly(
                        tuple("1", "90%以上的单位网上办;", new BigDecimal("2")),
                        tuple("2", "全面实施“三服务”\n2.0版,深挖细查;", new BigDecimal("2")),
                        tuple("3", "网办指南最新。", new BigDecimal("1")));
    }

    @Test
    void aWrappedLineStartingWithTwoPointZeroDoesNotStartItemTwo() {
        List<RubricExcelText.ParsedItem> items =
                RubricExcelText.splitItems("1.全面实施“三服务”\n2.0版,深挖细查;(2分)\n2.严格落实基层减负;(1分)", 0);
        assertThat(items)
                .extracting(RubricExcelText.ParsedItem::number, RubricExcelText.ParsedItem::text)
                .containsExactly(tuple("1", "全面实施“三服务”\n2.0版,深挖细查;"), tuple("2", "严格落实基层减负;"));
    }

    @Test
    void aCellWithoutNumbersIsOneItem() {
        assertThat(RubricExcelText.splitItems("紧紧围绕“第一种形态”要求,强化谈话提醒。(2分)", 0))
                .containsExactly(new RubricExcelText.ParsedItem(null, "紧紧围绕“第一种形态”要求,强化谈话提醒。", new BigDecimal("2")));
    }

    @Test
    void fullWidthBracketsAndDecimalPoints() {
        RubricExcelText.ParsedItem item = RubricExcelText.parseSingleItem("4.建立内控制度。(0.5分)  ");
        assertThat(item.number()).isEqualTo("4");
        assertThat(item.text()).isEqualTo("建立内控制度。");
        assertThat(item.points()).isEqualByComparingTo("0.5");
    }

    @Test
    void groupLabelWithBrokenMark() {
        RubricExcelText.Marked label = RubricExcelText.parseLabel("共性\n\n评价\n\n指标\n  (65\n)");
        assertThat(label.text()).isEqualTo("共性评价指标");
        assertThat(label.points()).isEqualByComparingTo("65");
    }

    @Test
    void ruleMarks() {
        assertThat(RubricExcelText.parseRule("被区纪委区监委采取第四种形态处理(-20分/例)"))
                .isEqualTo(new RubricExcelText.ParsedRule("被区纪委区监委采取第四种形态处理", new BigDecimal("20"), true));
        assertThat(RubricExcelText.parseRule("被评为不满意科室(站所)(-3)"))
                .isEqualTo(new RubricExcelText.ParsedRule("被评为不满意科室(站所)", new BigDecimal("3"), false));
    }

    /** Written with escapes: the full-width forms must survive any editor that normalises the source. */
    @Test
    void fullWidthMarksReadLikeHalfWidthOnes() {
        RubricExcelText.ParsedItem item = RubricExcelText.parseSingleItem("4.建立内控制度。\uFF08１５分\uFF09\u3000");
        assertThat(item.text()).isEqualTo("建立内控制度。");
        assertThat(item.points()).isEqualByComparingTo("15");

        assertThat(RubricExcelText.parseSingleItem("建立台账\uFF08０\uFF0E５\u3000分\uFF09")
                        .points())
                .isEqualByComparingTo("0.5");
        assertThat(RubricExcelText.parseLabel("共性指标\n\uFF0865\uFF09").points()).isEqualByComparingTo("65");
        assertThat(RubricExcelText.parseRule("第四种形态处理\uFF08\uFF0D20分\uFF0F例\uFF09"))
                .isEqualTo(new RubricExcelText.ParsedRule("第四种形态处理", new BigDecimal("20"), true));
    }
}
