package com.qinglian.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Rubrics and workbooks for the Excel format tests. */
final class RubricExcelFixtures {

    private RubricExcelFixtures() {}

    static Rubric smallRubric() {
        RubricNode discipline = RubricNode.branch(
                "A1.1",
                NodeLevel.INDICATOR,
                "严明政治纪律",
                bd("4"),
                List.of(
                        RubricNode.item("A1.1.1", "1", "严格执行纪律处分条例,每季度不少于1次;", bd("1")),
                        RubricNode.item("A1.1.2", "2", "开展政治纪律教育;", bd("1")).withNotes("含站所"),
                        RubricNode.item("A1.1.3", "3", "90%以上的单位实现网上办;", bd("1")),
                        RubricNode.item("A1.1.4", null, "2.0版数字化改革全面实施。", bd("1"))));
        RubricNode deduct = new RubricNode(
                "A1.2",
                NodeLevel.INDICATOR,
                null,
                "违纪扣分",
                null,
                bd("3"),
                null,
                NodeMode.DEDUCT,
                bd("0"),
                null,
                null,
                List.of(new RubricNode(
                        "A1.2.1",
                        NodeLevel.ITEM,
                        null,
                        null,
                        "每发现一例违规扣0.5分",
                        bd("3"),
                        null,
                        null,
                        null,
                        null,
                        new ItemRule.Deduction(bd("0.5"), bd("2")),
                        null)));
        RubricNode politics =
                RubricNode.branch("A1", NodeLevel.DIMENSION, "政治清明", bd("7"), List.of(discipline, deduct));
        RubricNode measured = RubricNode.branch(
                "A2.1",
                NodeLevel.INDICATOR,
                "严格控制三公经费",
                bd("5"),
                List.of(
                        new RubricNode(
                                "A2.1.1",
                                NodeLevel.ITEM,
                                "1",
                                null,
                                "满意度达到90%",
                                bd("2"),
                                null,
                                null,
                                null,
                                null,
                                new ItemRule.Threshold(bd("90")),
                                null),
                        new RubricNode(
                                "A2.1.2",
                                NodeLevel.ITEM,
                                "2",
                                null,
                                "办结率",
                                bd("1"),
                                null,
                                null,
                                null,
                                null,
                                new ItemRule.Proportional(bd("100")),
                                null),
                        new RubricNode(
                                "A2.1.3",
                                NodeLevel.ITEM,
                                "3",
                                null,
                                "即办件比率",
                                bd("2"),
                                null,
                                null,
                                null,
                                null,
                                new ItemRule.Tiered(List.of(
                                        new ItemRule.Tier(bd("60"), bd("1")), new ItemRule.Tier(bd("90"), bd("2")))),
                                null)));
        RubricNode economy = new RubricNode(
                "A2",
                NodeLevel.DIMENSION,
                null,
                "经济清净",
                null,
                bd("5"),
                "仅机关",
                null,
                null,
                Set.of("agency"),
                null,
                List.of(measured));
        RubricNode common = RubricNode.branch("A", NodeLevel.GROUP, "共性评价指标", bd("12"), List.of(politics, economy));
        RubricNode feature = RubricNode.branch(
                        "B1",
                        NodeLevel.INDICATOR,
                        "打造特色成果",
                        bd("8"),
                        List.of(
                                RubricNode.item("B1.1", "1", "建立特色工作做法;", bd("5")),
                                RubricNode.item("B1.2", "2", "形成可复制经验,\n相关做法受到上级肯定。", bd("3"))))
                .withNotes("指标备注");
        RubricNode individual = RubricNode.branch("B", NodeLevel.GROUP, "个性评价指标", bd("8"), List.of(feature));
        RuleSet negative = new RuleSet(
                List.of(
                        new CaseRule("FORM1", "被区纪委区监委四种形态处理", "被区纪委区监委采取第一种形态处理", bd("1"), null, null),
                        new CaseRule("FORM2", "被区纪委区监委四种形态处理", "被区纪委区监委采取第二种形态处理", bd("2"), null, bd("10")),
                        new CaseRule("DISSATISFIED", "万人评议", "被评为不满意科室(站所)", null, bd("3"), null)),
                bd("30"));
        RuleSet bonus = new RuleSet(List.of(new CaseRule("HONOUR", "加分", "获得市级以上表彰", bd("1"), null, bd("3"))), bd("5"));
        return new Rubric(
                "test-clean-agency",
                "2021",
                "测试区清廉机关建设评价体系",
                new RubricMetadata("区直机关工委", LocalDate.of(2021, 8, 30), "zh-CN", "测试来源", "公开"),
                bd("20"),
                bd("0.5"),
                bd("0"),
                "体系备注",
                List.of(common, individual),
                negative,
                bonus);
    }

    /** A workbook as a person would type it from the published page; {@code change} spoils it for a test. */
    static byte[] handMade(java.util.function.Consumer<HandBuilt> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            HandBuilt b = new HandBuilt(workbook.createSheet("Sheet1"));
            b.put(0, 0, "某区清廉机关(站所)建设评价体系");
            b.merge("A1:F1");
            b.put(1, 0, "一级指标");
            b.put(1, 2, "二级指标");
            b.put(1, 3, "内容与要求");
            b.put(1, 4, "分值");
            b.put(1, 5, "备注");
            b.merge("A2:B2");
            // 共性: split into two cells as on the page, the second with the broken "(8\n)" mark
            b.put(2, 0, "共性\n评价\n指标\n(8分)");
            b.merge("A3:A4");
            b.put(4, 0, "共性\n评价\n指标\n  (8\n)");
            b.put(2, 1, "政治清明\n(8分)");
            b.merge("B3:B5");
            b.put(2, 2, "严明政治\n纪律");
            b.merge("C3:C4");
            b.put(2, 3, "1.严格执行纪律处分条例,每季度不少于1次;(1分)\n  2.开展政治纪律教育;(2分)");
            b.put(3, 3, "3.防止其他干部发生违纪违法行为,近两年未发生。\n\n(1分)");
            b.put(2, 4, 4);
            b.merge("E3:E4");
            b.put(4, 2, "强化落实“机关\n\n内跑”");
            b.put(4, 3, "1.90%以上的单位,非涉密事件100%实现网上办;(2分)\n2.推进数字化改革,全面实施“三服务”\n2.0版,深挖细查。(2分)");
            b.put(4, 4, "4");
            // 个性: no dimension, group spans both 一级指标 columns
            b.put(5, 0, "个性\n评价\n指标\n(6分)");
            b.merge("A6:B8");
            b.put(5, 2, "驰而不息纠“四风”");
            b.merge("C6:C7");
            b.put(5, 3, "1.严格落实中央八项规定精神;(2分)");
            b.put(6, 3, "2.推进数字化改革,全面实施“三服务”2.0版,深挖细查形式主义。(2分)");
            b.put(5, 4, 4);
            b.merge("E6:E7");
            b.put(7, 2, "深化落实“万人双\n评议”");
            b.put(7, 3, "各单位依法履职,设立投诉电话。(2分)");
            b.put(7, 4, 2);
            // 负面清单 below the table, as on the page
            b.put(8, 0, "负面清单");
            b.merge("A9:A11");
            b.put(8, 2, "被区纪委区监委四种形态处理");
            b.merge("C9:C10");
            b.put(8, 3, "被区纪委区监委采取第一种形态处理(-1分/例)");
            b.put(9, 3, "被区纪委区监委采取第二种形态处理(-2分/例)");
            b.put(10, 2, "万人评议");
            b.put(10, 3, "被评为不满意科室(站所)(-3)");
            change.accept(b);
            return save(workbook);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final class HandBuilt {
        final XSSFSheet sheet;

        HandBuilt(XSSFSheet sheet) {
            this.sheet = sheet;
        }

        void put(int row, int col, Object value) {
            XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            for (int c = 0; c <= 5; c++) {
                if (r.getCell(c) == null) {
                    r.createCell(c);
                }
            }
            if (value instanceof Number n) {
                r.getCell(col).setCellValue(n.doubleValue());
            } else {
                r.getCell(col).setCellValue((String) value);
            }
        }

        void merge(String range) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        }
    }

    static List<RubricProblem> problems(byte[] xlsx) {
        RubricInvalidException e = catchThrowableOfType(RubricInvalidException.class, () -> RubricExcel.read(xlsx));
        assertThat(e).as("read must refuse the file").isNotNull();
        return e.problems();
    }

    static int infoRow(XSSFSheet info, String key) {
        for (int r = 1; r <= info.getLastRowNum(); r++) {
            if (info.getRow(r) != null && key.equals(info.getRow(r).getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no info row " + key);
    }

    static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static byte[] save(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    static byte[] withExtraEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zipOut);
            }
            zipOut.putNextEntry(new ZipEntry(name));
            zipOut.write(content);
        }
        return out.toByteArray();
    }

    static byte[] replaceInEntry(byte[] zip, String name, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    assertThat(xml).contains(from);
                    content = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zipOut.write(content);
            }
        }
        return out.toByteArray();
    }

    static List<String> texts(XSSFRow row, int columns) {
        return java.util.stream.IntStream.range(0, columns)
                .mapToObj(c -> row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue())
                .toList();
    }

    static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
