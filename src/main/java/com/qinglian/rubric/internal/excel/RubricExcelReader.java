package com.qinglian.rubric.internal.excel;

import static com.qinglian.rubric.internal.excel.RubricExcelText.compact;

import com.qinglian.rubric.NodeLevel;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricProblem;
import com.qinglian.rubric.RubricValidator;
import com.qinglian.shared.PlainDecimal;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the published table layout into a rubric, all or nothing: every problem is collected with its
 * sheet and row, and the finished rubric is checked by {@link RubricValidator} with codes translated to rows.
 */
public final class RubricExcelReader {

    private static final List<String> REQUIRED_COLUMNS = RubricExcelHeader.REQUIRED_COLUMNS;

    private final List<RubricProblem> problems = new ArrayList<>();
    private final RubricExcelDrafts drafts = new RubricExcelDrafts(problems);
    private RubricExcelSheet sheet;
    private int groupCol;
    private int dimensionCol = -1;
    private int indicatorCol;
    private int contentCol;
    private int pointsCol;
    private int notesCol = -1;
    private int codeCol = -1;
    private String titleFromSheet;
    private String titleLocation = "";

    // The node each level is in while walking down the rows.
    private RubricExcelDrafts.Node group;
    private RubricExcelDrafts.Node dimension;
    private RubricExcelDrafts.Node indicator;

    public Rubric read(byte[] bytes) {
        XSSFWorkbook workbook = RubricExcelOpener.open(bytes);
        try {
            return read(workbook);
        } finally {
            // Opened from memory: revert (not close) so POI never tries to save the package anywhere.
            workbook.getPackage().revert();
        }
    }

    private Rubric read(XSSFWorkbook workbook) {
        XSSFSheet infoSheet = workbook.getSheet(ExcelLayout.INFO_SHEET);
        XSSFSheet tableSheet = workbook.getSheet(ExcelLayout.TABLE_SHEET);
        if (tableSheet == null || RubricExcelHeader.hidden(workbook, tableSheet)) {
            tableSheet = RubricExcelHeader.firstTableSheet(workbook);
        }
        sheet = new RubricExcelSheet(tableSheet, problems);
        int headerRow = findHeader();
        if (headerRow >= 0) {
            readRows(headerRow + 1);
        }
        boolean tableRead = headerRow >= 0 && problems.isEmpty();
        RubricExcelInfoReader info = infoSheet == null
                ? null
                : new RubricExcelInfoReader(new RubricExcelSheet(infoSheet, problems), problems);
        drafts.generateCodes();
        if (info != null && tableRead) {
            info.applyTo(drafts); // codes named in 体系信息 only make sense once the table itself is sound
        }
        if (headerRow >= 0) {
            drafts.checkUnmarkedRules(); // after 体系信息, which may give a rule a range or levels instead
        }
        failOnProblems();
        Rubric rubric = drafts.build(info, titleFromSheet);
        if (info == null) {
            // a hand-made table: a block printed as 30 over items adding up to 25 is kept as printed
            rubric = rubric.withPrintedTotalsDeclared();
        }
        List<RubricProblem> invalid = RubricValidator.validate(rubric).stream()
                .map(p -> new RubricProblem(locate(where(p), info), p.key(), p.args()))
                .toList();
        if (!invalid.isEmpty()) {
            throw new RubricInvalidException(invalid);
        }
        return rubric;
    }

    /** Finds the header row and its columns; reports missing ones. Returns the 0-based row, or -1. */
    private int findHeader() {
        int row = RubricExcelHeader.headerRow(sheet);
        if (row < 0) {
            problems.add(RubricProblem.of(
                    sheet.location(0), "rubric.error.excel.noHeader", String.join("、", REQUIRED_COLUMNS)));
            return -1;
        }
        Map<String, Integer> columns = RubricExcelHeader.headerColumns(sheet, row);
        for (String required : REQUIRED_COLUMNS) {
            if (!columns.containsKey(required)) {
                problems.add(RubricProblem.of(sheet.location(row), "rubric.error.excel.missingColumn", required));
            }
        }
        if (!columns.keySet().containsAll(REQUIRED_COLUMNS)) {
            return -1;
        }
        groupCol = columns.get(ExcelLayout.HEADER_GROUP);
        CellRangeAddress groupHeader = sheet.region(row, groupCol);
        if (groupHeader != null && groupHeader.getLastColumn() > groupCol) {
            dimensionCol = groupCol + 1; // 一级指标 spans group and dimension, as on the published page
        } else {
            dimensionCol = columns.getOrDefault(ExcelLayout.HEADER_DIMENSION, -1);
        }
        indicatorCol = columns.get(ExcelLayout.HEADER_INDICATOR);
        contentCol = columns.get(ExcelLayout.HEADER_CONTENT);
        pointsCol = columns.get(ExcelLayout.HEADER_POINTS);
        notesCol = columns.getOrDefault(ExcelLayout.HEADER_NOTES, -1);
        codeCol = columns.getOrDefault(ExcelLayout.HEADER_CODE, -1);
        for (int r = 0; r < row && titleFromSheet == null; r++) {
            for (int c = 0; c <= contentCol && titleFromSheet == null; c++) {
                titleFromSheet = RubricExcelText.joinLines(sheet.text(r, c));
                titleLocation = sheet.location(r);
            }
        }
        if (titleFromSheet == null) {
            titleFromSheet = sheet.name();
        }
        return row;
    }

    private void readRows(int firstRow) {
        String section = null;
        for (int r = firstRow; r <= sheet.lastRow(); r++) {
            String label = compact(sheet.text(r, groupCol));
            if (label.equals(ExcelLayout.NEGATIVE_LIST) || label.equals(ExcelLayout.BONUS)) {
                section = label;
            }
            if (section != null) {
                readRuleRow(r, section.equals(ExcelLayout.NEGATIVE_LIST));
            } else {
                readTableRow(r);
            }
        }
    }

    private void readTableRow(int r) {
        String content = sheet.continues(r, contentCol) ? null : sheet.text(r, contentCol);
        List<String> codes = codePath(r);
        boolean startsSomething =
                sheet.starts(r, groupCol) || sheet.starts(r, dimensionCol) || sheet.starts(r, indicatorCol);
        if (content == null && codes == null && !startsSomething) {
            return; // a blank row, or a row inside merged cells with nothing of its own
        }
        boolean codesWithItem = content != null;
        if (codes != null
                && codes.size() != 3 + (codesWithItem ? 1 : 0)
                && codes.size() != 2 + (codesWithItem ? 1 : 0)) {
            problems.add(RubricProblem.of(
                    sheet.location(r),
                    "rubric.error.excel.badCodePath",
                    String.join(ExcelLayout.CODE_SEPARATOR, codes)));
            codes = null;
        }
        Boolean codesHaveDimension = codes == null ? null : codes.size() == (codesWithItem ? 4 : 3);
        if (!readGroup(r, codes)) {
            return;
        }
        readDimension(r, codes, codesHaveDimension);
        if (!readIndicator(r, codes, codesHaveDimension)) {
            return;
        }
        if (content != null) {
            String itemCode = codes == null ? null : codes.get(codes.size() - 1);
            readItems(r, content, itemCode);
        }
    }

    private boolean readGroup(int r, List<String> codes) {
        String code = codes == null ? null : codes.get(0);
        String cell = sheet.text(r, groupCol);
        RubricExcelText.Marked label = cell == null ? null : RubricExcelText.parseLabel(cell);
        String title = label == null ? null : label.text();
        // The published page repeats a group's cell where its rowspan was split; same name means same group.
        if (group != null && !isNew(group, code, sheet.starts(r, groupCol), title, true)) {
            if (group.points == null && label != null) {
                group.points = label.points();
            }
            return true;
        }
        if (title == null) {
            problems.add(RubricProblem.of(sheet.location(r), "rubric.error.excel.noGroup"));
            return false;
        }
        group = drafts.addGroup(code, title, label.points(), sheet.location(r));
        dimension = null;
        indicator = null;
        return true;
    }

    private void readDimension(int r, List<String> codes, Boolean codesHaveDimension) {
        CellRangeAddress groupCell = sheet.region(r, groupCol);
        boolean mergedWithGroup = groupCell != null && groupCell.equals(sheet.region(r, dimensionCol));
        if (dimensionCol < 0 || mergedWithGroup || Boolean.FALSE.equals(codesHaveDimension)) {
            dimension = null;
            return;
        }
        String code = Boolean.TRUE.equals(codesHaveDimension) ? codes.get(1) : null;
        String cell = sheet.text(r, dimensionCol);
        if (cell == null) {
            // A blank, unmerged cell continues the dimension above (hand-made sheets often skip merging).
            return;
        }
        RubricExcelText.Marked label = RubricExcelText.parseLabel(cell);
        if (dimension != null && !isNew(dimension, code, sheet.starts(r, dimensionCol), label.text(), true)) {
            if (dimension.points == null) {
                dimension.points = label.points();
            }
            return;
        }
        dimension = group.add(NodeLevel.DIMENSION, code, label.text(), label.points(), sheet.location(r));
        indicator = null;
    }

    private boolean readIndicator(int r, List<String> codes, Boolean codesHaveDimension) {
        RubricExcelDrafts.Node parent = dimension != null ? dimension : group;
        String code = codes == null ? null : codes.get(Boolean.TRUE.equals(codesHaveDimension) ? 2 : 1);
        String title = RubricExcelText.joinLines(sheet.text(r, indicatorCol));
        if (indicator != null
                && indicator.parent == parent
                && !isNew(indicator, code, sheet.starts(r, indicatorCol), title, false)) {
            return true;
        }
        if (title == null) {
            problems.add(RubricProblem.of(sheet.location(r), "rubric.error.excel.noIndicator"));
            return false;
        }
        indicator = parent.add(NodeLevel.INDICATOR, code, title, readPoints(r), sheet.location(r));
        return true;
    }

    private void readItems(int r, String content, String itemCode) {
        String notes = notesCol < 0 || sheet.continues(r, notesCol) ? null : sheet.text(r, notesCol);
        List<RubricExcelText.ParsedItem> items = itemCode != null
                ? List.of(RubricExcelText.parseSingleItem(content))
                : RubricExcelText.splitItems(content, indicator.lastNumber);
        for (RubricExcelText.ParsedItem parsed : items) {
            if (parsed.points() == null) {
                problems.add(
                        RubricProblem.of(sheet.location(r), "rubric.error.excel.noItemPoints", snippet(parsed.text())));
            }
            RubricExcelDrafts.Node item =
                    indicator.add(NodeLevel.ITEM, itemCode, null, parsed.points(), sheet.location(r));
            item.number = parsed.number();
            item.text = parsed.text();
            item.notes = items.size() == 1 ? notes : null;
            int number = RubricExcelText.numberValue(parsed.number());
            indicator.lastNumber = number > 0 ? number : indicator.lastNumber;
        }
        if (items.size() > 1 && notes != null) {
            // One 备注 for several items split from one cell belongs to their indicator.
            indicator.notes = indicator.notes == null ? notes : indicator.notes + "\n" + notes;
        }
    }

    private void readRuleRow(int r, boolean deduction) {
        String content = sheet.continues(r, contentCol) ? null : sheet.text(r, contentCol);
        if (content == null) {
            return;
        }
        String category = null;
        CellRangeAddress sectionCell = sheet.region(r, groupCol);
        for (int c = groupCol + 1; c < contentCol && category == null; c++) {
            if (sectionCell == null || !sectionCell.equals(sheet.region(r, c))) {
                category = RubricExcelText.joinLines(sheet.text(r, c));
            }
        }
        RubricExcelText.ParsedRule parsed = RubricExcelText.parseRule(content);
        List<String> codes = codePath(r);
        if (codes != null && codes.size() != 1) {
            problems.add(RubricProblem.of(
                    sheet.location(r),
                    "rubric.error.excel.badCodePath",
                    String.join(ExcelLayout.CODE_SEPARATOR, codes)));
        }
        String code = codes == null ? null : codes.get(0);
        drafts.addRule(deduction, code, category, parsed, sheet.location(r));
    }

    /** Reads the indicator's 分值 cell: a number, a text that is one ("4", "4分"), or blank (then the items' sum). */
    private BigDecimal readPoints(int r) {
        BigDecimal number = sheet.number(r, pointsCol);
        if (number != null && PlainDecimal.within(number, PlainDecimal.Bounds.DEFAULT)) {
            return number;
        }
        String text = number != null ? number.toPlainString() : sheet.text(r, pointsCol);
        if (text == null) {
            return null;
        }
        // "4", "4分", "４分": full-width digits read like half-width ones; no exponent, no forty-digit numbers
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .strip()
                .replaceFirst("分$", "")
                .strip();
        try {
            return PlainDecimal.parse(plain);
        } catch (PlainDecimal.Refused e) {
            String shown = text.strip().length() > 40 ? text.strip().substring(0, 40) + "…" : text.strip();
            problems.add(RubricProblem.of(sheet.location(r), "rubric.error.excel.pointsNotNumber", shown));
            return null;
        }
    }

    /** The row's codes from the 代码 column ("A / A1 / A1.1 / A1.1.1"), or null when there are none. */
    private List<String> codePath(int r) {
        String cell = codeCol < 0 ? null : sheet.text(r, codeCol);
        if (cell == null) {
            return null;
        }
        List<String> codes = Arrays.stream(cell.split("/"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return codes.isEmpty() ? null : codes;
    }

    /** Whether a row starts a new node rather than continuing {@code current}. Codes decide when both sides have one. */
    private static boolean isNew(
            RubricExcelDrafts.Node current, String code, boolean cellStarts, String title, boolean sameNameContinues) {
        if (code != null && current.code != null) {
            return !code.equals(current.code);
        }
        if (!cellStarts) {
            return false;
        }
        return !(sameNameContinues && Objects.equals(title, current.title));
    }

    private void failOnProblems() {
        if (!problems.isEmpty()) {
            throw new RubricInvalidException(problems);
        }
    }

    /** The validator reports the total's mismatch for the whole file; it belongs to the total's row. */
    private static String where(RubricProblem problem) {
        return problem.key().equals("rubric.error.totalMismatch") ? "total" : problem.location();
    }

    /** Turns a validator location (a node or rule code, or a header field) into a sheet and row. */
    private String locate(String location, RubricExcelInfoReader info) {
        String row = drafts.locationOf(location);
        if (row != null) {
            return row;
        }
        if (info != null && info.locationOf(location) != null) {
            return info.locationOf(location);
        }
        return location.equals("title") && !titleLocation.isEmpty() ? titleLocation : location;
    }

    private static String snippet(String text) {
        if (text == null) {
            return "";
        }
        String line = text.lines().findFirst().orElse("");
        return line.length() > 30 ? line.substring(0, 30) + "…" : line;
    }
}
