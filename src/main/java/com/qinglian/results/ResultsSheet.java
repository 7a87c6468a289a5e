package com.qinglian.results;

import com.qinglian.shared.TableWorkbook;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The ranking as an Excel sheet, in the columns organisers publish. */
public final class ResultsSheet {

    public static final String INCOMPLETE = "未完成";

    static final List<String> HEADERS =
            List.of("总排名", "类别排名", "单位代码", "单位名称", "类别", "指标得分", "负面清单扣分", "加分", "总分", "等次", "一票否决", "未完成事项");

    private ResultsSheet() {}

    /** Complete units by rank, then the incomplete ones marked 未完成 with their missing items and no rank. */
    public static byte[] write(ResultRun run) {
        return TableWorkbook.write(
                "考评结果", HEADERS, run.rows(null).stream().map(ResultsSheet::row).toList());
    }

    private static List<String> row(RankingRow r) {
        String type = r.unitType().equals("agency") ? "机关" : "站所";
        if (!r.complete()) {
            return List.of(
                    "",
                    "",
                    r.unitCode(),
                    r.unitName(),
                    type,
                    "",
                    "",
                    "",
                    "",
                    INCOMPLETE,
                    "",
                    r.missing().stream()
                            .map(m -> m.itemCode() + (m.kind() == MissingItem.Kind.MEASURED ? "(测评数据)" : ""))
                            .collect(Collectors.joining("、")));
        }
        UnitOutcome o = r.outcome();
        return List.of(
                String.valueOf(o.rank()),
                String.valueOf(o.typeRank()),
                o.unitCode(),
                o.unitName(),
                type,
                plain(o.itemsTotal()),
                plain(o.deductions()),
                plain(o.bonus()),
                plain(o.total()),
                o.grade(),
                String.join("、", o.vetoes()),
                "");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
