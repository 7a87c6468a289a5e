package com.qinglian.rubric.internal.excel;

/** Sheet names, headers and columns of the rubric workbook (see {@link com.qinglian.rubric.RubricExcel}). */
final class ExcelLayout {

    static final String TABLE_SHEET = "评价体系";
    static final String INFO_SHEET = "体系信息";
    static final String NEGATIVE_LIST = "负面清单";
    static final String BONUS = "加分项";
    static final String CODE_SEPARATOR = " / ";
    static final String HEADER_GROUP = "一级指标";
    static final String HEADER_DIMENSION = "维度";
    static final String HEADER_INDICATOR = "二级指标";
    static final String HEADER_CONTENT = "内容与要求";
    static final String HEADER_POINTS = "分值";
    static final String HEADER_NOTES = "备注";
    static final String HEADER_CODE = "代码";
    static final String INFO_KEY = "键";
    static final String INFO_VALUE = "值";
    static final String INFO_LABEL = "说明";
    static final int COL_GROUP = 0;
    static final int COL_DIMENSION = 1;
    static final int COL_INDICATOR = 2;
    static final int COL_CONTENT = 3;
    static final int COL_POINTS = 4;
    static final int COL_NOTES = 5;
    static final int COL_CODE = 6;

    private ExcelLayout() {}
}
