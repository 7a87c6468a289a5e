package com.qinglian.unit.web;

import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.unit.UnitFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.security.CurrentUser;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The unit list pages, sorts and searches in SQL, keeps its parameters in its links, and shrugs off hostile
 * parameters (unknown sort keys, negative or huge pages, huge sizes) with the default order and a page that exists.
 */
@DatabaseTest
class UnitListWebTest {

    private static final int UNITS = 25;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UnitDirectory units;

    private final CurrentUser admin = anAdministrator();
    private String tag;

    /** 25 units whose codes share a tag no other test uses: 12 agencies, 13 stations under the first. */
    @BeforeEach
    void units() {
        tag = uniqueCode("PG");
        for (int i = 1; i <= UNITS; i++) {
            String code = tag + String.format("%02d", i);
            boolean agency = i <= 12;
            units.create(new UnitDetails(
                    code,
                    "分页测试单位" + String.format("%02d", i),
                    agency ? UnitType.AGENCY : UnitType.STATION,
                    agency ? null : tag + "01",
                    null,
                    null,
                    null));
        }
    }

    @Test
    void theFirstPageShowsTwentyRowsAndTheTotalAndTheSecondTheRest() throws Exception {
        String first = page("q", tag);
        assertThat(codes(first)).hasSize(20).first().isEqualTo(tag + "01");
        assertThat(first).contains("共 25 条", "第 1/2 页");
        assertThat(first).contains("href=\"/units?q=" + tag + "&amp;page=2\"");

        String second = page("q", tag, "page", "2");
        assertThat(codes(second)).hasSize(5).last().isEqualTo(tag + "25");
    }

    @Test
    void aHeaderSortsInSqlAndTheLinksKeepTheFilter() throws Exception {
        String byNameDown = page("q", tag, "sort", "name", "dir", "desc", "type", "STATION");
        assertThat(codes(byNameDown)).hasSize(13).first().isEqualTo(tag + "25");
        assertThat(byNameDown).contains("共 13 条", "aria-sort=\"descending\"");
        assertThat(byNameDown)
                .as("the name header turns the direction round and keeps search and filter")
                .contains("href=\"/units?q=" + tag + "&amp;type=STATION&amp;sort=name&amp;dir=asc\"");
        assertThat(byNameDown)
                .as("the export takes the same filter")
                .contains("/units/export?q=" + tag + "&amp;type=STATION");
    }

    @Test
    void hostileParametersFallBackSilently() throws Exception {
        String dropTable = page("q", tag, "sort", "DROP TABLE unit", "dir", "; --");
        assertThat(codes(dropTable)).hasSize(20).first().isEqualTo(tag + "01");
        assertThat(units.find(tag + "01")).isPresent();

        assertThat(codes(page("q", tag, "page", "-1"))).first().isEqualTo(tag + "01");
        String past = page("q", tag, "page", "999999");
        assertThat(codes(past)).as("a page past the end shows the last").hasSize(5);
        assertThat(past).contains("第 2/2 页");
        assertThat(codes(page("q", tag, "page", "99999999999999999999999"))).hasSize(5);
        assertThat(codes(page("q", tag, "size", "100000"))).hasSize(20);
        assertThat(codes(page("q", tag, "size", "5", "page", "abc"))).hasSize(5);
        assertThat(codes(page("q", tag + "%' OR '1'='1"))).isEmpty();
        assertThat(page("q", "x".repeat(10_000))).contains("没有符合条件的单位");
        assertThat(codes(page("q", tag + "\u0000"))).hasSize(20);
    }

    @Test
    void theExportHoldsEveryFilteredRowNotJustThePage() throws Exception {
        MvcTestResult export = mvc.get()
                .uri("/units/export")
                .param("q", tag)
                .param("type", "STATION")
                .with(user(admin))
                .exchange();
        assertThat(export).hasStatusOk();
        List<String> codes = new ArrayList<>();
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            for (Row row : workbook.getSheetAt(0)) {
                codes.add(row.getCell(0).getStringCellValue());
            }
        }
        assertThat(codes.subList(1, codes.size()))
                .hasSize(13)
                .allMatch(c -> c.startsWith(tag))
                .doesNotContain(tag + "01");
    }

    private String page(String... params) throws Exception {
        var request = mvc.get().uri("/units").with(user(admin));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The unit codes of the rows, in the order shown. */
    private List<String> codes(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"/units/(" + tag + "\\d\\d)\"").matcher(html);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
