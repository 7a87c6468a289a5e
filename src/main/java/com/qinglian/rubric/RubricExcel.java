package com.qinglian.rubric;

import com.qinglian.rubric.internal.excel.RubricExcelReader;
import com.qinglian.rubric.internal.excel.RubricExcelWriter;

/**
 * Reads and writes a rubric as an Excel workbook laid out like the published table (评价体系 sheet),
 * with the machine fields the table has no place for in a key/value sheet (体系信息).
 *
 * <p>Layout of the 评价体系 sheet: title row; header row 一级指标 (two columns: group, dimension) |
 * 二级指标 | 内容与要求 | 分值 | 备注 | 代码; one row per item, levels merged down the side; then the
 * 负面清单 and 加分项 sections. The grey 代码 column holds each row's codes ("A / A1 / A1.1 / A1.1.1");
 * rows a person adds without codes get generated ones.
 */
public final class RubricExcel {

    /** Uploads above this size are refused before POI sees them. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Any sheet with more rows is refused before the workbook is loaded into memory. */
    public static final int MAX_ROWS = 5_000;

    private RubricExcel() {}

    /** An .xlsx laid out like the published table; reading it back gives an equal rubric. */
    public static byte[] write(Rubric rubric) {
        return RubricExcelWriter.write(rubric);
    }

    /**
     * Reads a workbook written by {@link #write} or made by hand in the published layout, and validates it.
     *
     * @throws RubricInvalidException listing every problem, located as "工作表 X 第 N 行" where possible
     */
    public static Rubric read(byte[] xlsx) {
        return new RubricExcelReader().read(xlsx);
    }
}
