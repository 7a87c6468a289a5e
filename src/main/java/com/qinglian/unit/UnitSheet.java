package com.qinglian.unit;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.TableWorkbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The unit list as an Excel sheet: the import template, the export, and reading an upload. */
public final class UnitSheet {

    static final String EMAIL = "联系邮箱";
    static final String TAGS = "标签";
    static final List<String> HEADERS =
            List.of("单位代码", "单位名称", "单位类型", "上级单位代码", "排名分组", "联系人", "联系电话", EMAIL, "状态", TAGS);
    static final List<String> REQUIRED = List.of("单位代码", "单位名称", "单位类型");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "tags",
            TAGS,
            "contactEmail",
            EMAIL,
            "code",
            "单位代码",
            "name",
            "单位名称",
            "type",
            "单位类型",
            "parentCode",
            "上级单位代码",
            "rankingGroup",
            "排名分组",
            "contactName",
            "联系人",
            "contactPhone",
            "联系电话");
    private static final String ACTIVE = "启用";
    private static final String INACTIVE = "停用";

    private UnitSheet() {}

    public static byte[] template() {
        return TableWorkbook.write(
                "单位",
                HEADERS,
                List.of(
                        List.of(
                                "A001",
                                "区财政局",
                                "机关",
                                "",
                                "经济部门",
                                "张三",
                                "0577-88880000",
                                "caizheng@example.gov.cn",
                                ACTIVE,
                                "沿河单位, 窗口单位"),
                        List.of("S001", "区财政局会计核算中心", "站所", "A001", "", "李四", "", "", ACTIVE, "")));
    }

    public static byte[] export(List<Unit> units) {
        return TableWorkbook.write(
                "单位",
                HEADERS,
                units.stream()
                        .map(u -> List.of(
                                u.code(),
                                u.name(),
                                u.type().chinese(),
                                nz(u.parentCode()),
                                nz(u.rankingGroup()),
                                nz(u.contactName()),
                                nz(u.contactPhone()),
                                nz(u.contactEmail()),
                                u.active() ? ACTIVE : INACTIVE,
                                UnitDetails.formatTags(u.tags())))
                        .toList());
    }

    /** An upload read into rows, with what is wrong with the cells themselves. */
    public record Upload(List<UnitDirectory.UnitRow> rows, List<InputProblem> problems) {}

    /** Reads an upload; throws only when the file itself is unreadable. */
    public static Upload read(byte[] xlsx) {
        List<InputProblem> problems = new ArrayList<>();
        List<UnitDirectory.UnitRow> rows = new ArrayList<>();
        for (TableWorkbook.Record record : TableWorkbook.read(xlsx, REQUIRED)) {
            UnitType type = UnitType.parse(record.get("单位类型")).orElse(null);
            String status = record.get("状态");
            if (!status.isEmpty() && !status.equals(ACTIVE) && !status.equals(INACTIVE)) {
                problems.add(InputProblem.of(record.row(), "状态", "unit.error.status", status));
            }
            UnitDetails details = new UnitDetails(
                    record.get("单位代码"),
                    record.get("单位名称"),
                    type,
                    record.get("上级单位代码"),
                    record.get("排名分组"),
                    record.get("联系人"),
                    record.get("联系电话"),
                    record.get(EMAIL),
                    UnitDetails.parseTags(record.get(TAGS)));
            rows.add(new UnitDirectory.UnitRow(
                    record.row(),
                    details,
                    !status.equals(INACTIVE),
                    record.cells().containsKey(EMAIL),
                    record.cells().containsKey(TAGS)));
        }
        return new Upload(rows, problems);
    }

    /** The column header an import problem on a field refers to. */
    public static InputProblem inColumns(InputProblem problem) {
        String column = COLUMN_OF_FIELD.getOrDefault(problem.column(), problem.column());
        return new InputProblem(problem.row(), column, problem.key(), problem.args());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
