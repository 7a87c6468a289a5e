package com.qinglian.results;

import com.qinglian.shared.TableWorkbook;
import java.math.BigDecimal;
import java.util.List;

/** The ranking as an Excel sheet, in the columns organisers publish. */
public final class ResultsSheet {

    static final List<String> HEADERS =
            List.of("总排名", "类别排名", "单位代码", "单位名称", "类别", "指标得分", "负面清单扣分", "加分", "总分", "等次", "一票否决");

    private ResultsSheet() {}

    public static byte[] write(ResultRun run) {
        return TableWorkbook.write(
                "考评结果",
                HEADERS,
                run.outcomes().stream()
                        .map(o -> List.of(
                                String.valueOf(o.rank()),
                                String.valueOf(o.typeRank()),
                                o.unitCode(),
                                o.unitName(),
                                o.unitType().equals("agency") ? "机关" : "站所",
                                plain(o.itemsTotal()),
                                plain(o.deductions()),
                                plain(o.bonus()),
                                plain(o.total()),
                                o.grade(),
                                String.join("、", o.vetoes())))
                        .toList());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
