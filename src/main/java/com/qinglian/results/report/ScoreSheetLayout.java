package com.qinglian.results.report;

import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.RubricNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The score sheet's columns, as the published rubric table: 一级指标 over two columns (group and dimension),
 * 二级指标, 内容与要求, 分值 (merged beside an indicator's items), then 自评分, 得分 and 说明 per item.
 */
final class ScoreSheetLayout {

    static final int CONTENT = 3;
    static final int POINTS = 4;
    static final int SELF = 5;
    static final int SCORE = 6;
    static final int REMARK = 7;
    static final int COLUMNS = 8;
    static final List<String> HEADERS = List.of("一级指标", "", "二级指标", "内容与要求", "分值", "自评分", "得分", "说明");
    static final List<String> CASE_HEADERS = List.of("序号", "规则", "文号", "日期", "分值或级别", "情况", "扣分(加分)");

    private ScoreSheetLayout() {}

    /** Where a side cell starts: groups in the first column, dimensions in the second, indicators in the third. */
    static int sideColumn(RubricNode node) {
        return node.level() == NodeLevel.GROUP ? 0 : node.level() == NodeLevel.DIMENSION ? 1 : 2;
    }

    /** Groups and dimensions show their points as the published table does: 政治清明(20分). */
    static String sideText(RubricNode node) {
        return node.level() == NodeLevel.GROUP || node.level() == NodeLevel.DIMENSION
                ? node.label() + "(" + plain(node.points()) + "分)"
                : node.label();
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Signed points as printed: -4, +2, 0. */
    static String signed(BigDecimal value) {
        return value.signum() > 0 ? "+" + plain(value) : plain(value);
    }
}
