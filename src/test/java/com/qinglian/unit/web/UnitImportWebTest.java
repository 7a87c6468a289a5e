package com.qinglian.unit.web;

import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.unit.UnitFixtures.aStationOf;
import static com.qinglian.unit.UnitFixtures.anAgency;
import static com.qinglian.unit.UnitFixtures.row;
import static com.qinglian.unit.UnitFixtures.uniqueCode;
import static com.qinglian.unit.UnitFixtures.unitWorkbook;
import static com.qinglian.unit.UnitFixtures.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.security.CurrentUser;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import com.qinglian.unit.UnitType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Units in Excel: the all-or-nothing import with row-level errors, the template and the audited export. */
@DatabaseTest
class UnitImportWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = anAdministrator();

    private MvcTestResult upload(String filename, byte[] content) {
        return mvc.post()
                .uri("/units/import")
                .multipart()
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .with(user(admin))
                .with(csrf())
                .exchange();
    }

    /** Uploads a file that must be refused; returns the page and checks that none of the codes was stored. */
    private String refused(String filename, byte[] content, String... codesNotStored) throws Exception {
        MvcTestResult result = upload(filename, content);
        assertThat(result).hasStatus(422);
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"import-errors\"", "未导入", "未保存任何内容");
        for (String code : codesNotStored) {
            assertThat(units.find(code)).as(code + " must not be stored").isEmpty();
        }
        return html;
    }

    static List<List<String>> read(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void aGoodFileCreatesNewUnitsAndUpdatesExistingOnes() throws Exception {
        String existing = uniqueCode("IE");
        units.create(anAgency(existing));
        String agency = uniqueCode("IA");
        String station = uniqueCode("IS");
        byte[] file = unitWorkbook(List.of(
                row(station, "新站所", "站所", agency),
                row(agency, "新机关", "机关", ""),
                List.of(existing, "改名后的机关", "agency", "", "", "", "", "", "停用")));

        MvcTestResult result = upload("单位.xlsx", file);

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/units");
        assertThat(units.get(agency).type()).isEqualTo(UnitType.AGENCY);
        Unit newStation = units.get(station);
        assertThat(newStation.parentCode()).isEqualTo(agency);
        assertThat(newStation.contactName()).isEqualTo("王五");
        Unit updated = units.get(existing);
        assertThat(updated.name()).isEqualTo("改名后的机关");
        assertThat(updated.active()).isFalse();
        assertThat(updated.contactName()).isNull();
        var imports = new AuditEntries(jdbc).by(admin.getUsername());
        assertThat(imports).extracting(AuditEntries.Row::action).containsExactly("IMPORT");
        assertThat(imports.get(0).afterJson()).contains(agency, station, existing, "\"created\":2", "\"updated\":1");
    }

    @Test
    void aDuplicateCodeRefusesTheWholeFile() throws Exception {
        String agency = uniqueCode("ID");
        String other = uniqueCode("IO");
        String html = refused(
                "dup.xlsx",
                unitWorkbook(
                        List.of(row(other, "好的一行", "机关", ""), row(agency, "甲", "机关", ""), row(agency, "乙", "机关", ""))),
                other,
                agency);
        assertThat(html).contains("<td>4</td>", "单位代码“" + agency + "”在文件中重复出现");
    }

    @Test
    void anUnknownParentIsReportedWithItsRow() throws Exception {
        String good = uniqueCode("IG");
        String station = uniqueCode("IU");
        String html = refused(
                "parent.xlsx",
                unitWorkbook(List.of(row(good, "好的一行", "机关", ""), row(station, "站", "站所", "NO-SUCH-PARENT"))),
                good,
                station);
        assertThat(html).contains("<td>3</td>", "<td>上级单位代码</td>", "上级单位“NO-SUCH-PARENT”不存在");
    }

    @Test
    void aStationCannotBeAParentNeitherStoredNorInTheFile() throws Exception {
        String agency = uniqueCode("PA");
        String storedStation = uniqueCode("PS");
        units.create(anAgency(agency));
        units.create(aStationOf(storedStation, agency));
        String fileStation = uniqueCode("PF");
        String child1 = uniqueCode("PC");
        String child2 = uniqueCode("PD");
        String html = refused(
                "station-parent.xlsx",
                unitWorkbook(List.of(
                        row(fileStation, "文件里的站", "站所", agency),
                        row(child1, "子站一", "站所", storedStation),
                        row(child2, "子站二", "站所", fileStation))),
                fileStation,
                child1,
                child2);
        assertThat(html).contains("上级单位“" + storedStation + "”不是机关", "上级单位“" + fileStation + "”不是机关");
    }

    @Test
    void aBadTypeOrStatusIsReportedWithItsRowAndColumn() throws Exception {
        String good = uniqueCode("IT");
        String bad = uniqueCode("IB");
        String html = refused(
                "type.xlsx",
                unitWorkbook(List.of(row(good, "好的一行", "机关", ""), List.of(bad, "坏类型", "局", "", "", "", "", "", "作废"))),
                good,
                bad);
        assertThat(html).contains("<td>单位类型</td>", "单位类型应为“机关”或“站所”", "<td>状态</td>", "状态“作废”无效");
    }

    @Test
    void aMissingRequiredColumnRefusesTheFile() throws Exception {
        String code = uniqueCode("IM");
        String html = refused(
                "columns.xlsx", workbook(List.of("单位代码", "单位名称", "联系人"), List.of(List.of(code, "缺列", "张三"))), code);
        assertThat(html).contains("缺少“单位类型”列");
    }

    @Test
    void textRenamedToXlsxAndEmptyFilesAreRefused() throws Exception {
        assertThat(refused("garbage.xlsx", "单位代码,单位名称\nA1,不是 Excel\n".getBytes(StandardCharsets.UTF_8)))
                .contains("不是 Excel (.xlsx) 文件");
        assertThat(refused("empty.xlsx", new byte[0])).contains("文件为空");
        assertThat(refused("only-header.xlsx", unitWorkbook(List.of()))).contains("文件中没有数据行");
        assertThat(refused("broken.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0})).contains("无法读取该 Excel 文件");
    }

    @Test
    void everyRowOfAnUnusableFileIsReportedAtOnce() throws Exception {
        String ok = uniqueCode("IR");
        String html = refused(
                "many.xlsx",
                unitWorkbook(List.of(
                        row(ok, "好的一行", "机关", ""),
                        row("bad code", "", "机关", ""),
                        row(uniqueCode("IQ"), "机关不能有上级", "机关", ok))),
                ok);
        assertThat(html).contains("单位代码“bad code”无效", "请填写单位名称", "只有站所可以填写上级单位", "发现 3 个问题");
    }

    @Test
    void theTemplateIsARealWorkbookThatImportsCleanly() throws Exception {
        MvcTestResult result =
                mvc.get().uri("/units/template").with(user(admin)).exchange();
        assertThat(result)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''");
        List<List<String>> rows = read(result.getResponse().getContentAsByteArray());
        assertThat(rows.get(0)).containsExactlyElementsOf(UnitFixtures.HEADERS);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).startsWith("S001", "区财政局会计核算中心", "站所", "A001");
    }

    @Test
    void theExportListsEveryUnitAndIsAuditedAsAnExportOfPersonalData() throws Exception {
        String code = uniqueCode("IX");
        units.create(anAgency(code));
        MvcTestResult result = mvc.get().uri("/units/export").with(user(admin)).exchange();
        assertThat(result)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> rows = read(result.getResponse().getContentAsByteArray());
        assertThat(rows.get(0)).containsExactlyElementsOf(UnitFixtures.HEADERS);
        assertThat(rows)
                .anySatisfy(r -> assertThat(r)
                        .containsExactly(code, "区测试局" + code, "机关", "", "经济部门", "张三", "0577-88880000", "", "启用", ""));

        var entries = new AuditEntries(jdbc).by(admin.getUsername());
        assertThat(entries).extracting(AuditEntries.Row::action).containsExactly("EXPORT_PERSONAL_DATA", "DOWNLOAD");
        assertThat(entries)
                .filteredOn(e -> !e.action().equals("DOWNLOAD"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("EXPORT_PERSONAL_DATA");
                    assertThat(e.entityType()).isEqualTo("unit");
                    assertThat(e.afterJson()).contains("\"units\":" + (rows.size() - 1));
                });
    }

    @Test
    void anExportedFileImportsBackUnchanged() throws Exception {
        String code = uniqueCode("IK");
        units.create(anAgency(code));
        Unit before = units.get(code);
        byte[] export = mvc.get()
                .uri("/units/export")
                .with(user(admin))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> mine =
                read(export).stream().filter(r -> r.get(0).equals(code)).toList();
        assertThat(upload("mine.xlsx", unitWorkbook(mine))).hasStatus3xxRedirection();
        assertThat(units.get(code)).isEqualTo(before);
    }
}
