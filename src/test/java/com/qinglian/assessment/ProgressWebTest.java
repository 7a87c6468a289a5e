package com.qinglian.assessment;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.assessment.SelfAssessmentScenarios.Opened;
import com.qinglian.campaign.Campaigns;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The organisers' progress page and its Excel export: counts, filters, overdue units. */
@DatabaseTest
class ProgressWebTest {

    private static final LocalDate PAST_DEADLINE = LocalDate.of(2021, 11, 30);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    SelfAssessmentScenarios scenarios;

    /** Past its deadline: the agency submitted, the station answered one item of four. */
    private Opened pastTheDeadline() {
        Opened o = scenarios.opened(PAST_DEADLINE);
        scenarios.completeAll(o.campaign(), o.agency(), o.reporter());
        uploadAs(o.reporter(), () -> {
            assessments.submit(o.campaign(), o.agency());
            return null;
        });
        uploadAs(
                com.qinglian.security.SecurityFixtures.aReporterOf(o.station()),
                () -> assessments.save(
                        o.campaign(),
                        o.station(),
                        "B1.2",
                        new ItemDraft(new BigDecimal("2.5"), "经验被市里推广", "见市级简报"),
                        0));
        return o;
    }

    @Test
    void thePageCountsUnitsAndHighlightsThoseOverdue() {
        Opened o = pastTheDeadline();

        var page = assertThat(mvc.get()
                        .uri("/campaigns/" + o.campaign() + "/progress")
                        .with(user(anAdministrator())))
                .hasStatusOk()
                .bodyText();
        page.contains("共 2 个单位,已提交 1 个,逾期未提交 1 个", "3 / 3", "1 / 4");
        page.containsPattern("<tr class=\"table-danger\">\\s*<td>" + o.station() + "</td>");
        page.containsPattern("<tr>\\s*<td>" + o.agency() + "</td>");
    }

    @Test
    void thePageFiltersByTypeAndStatus() {
        Opened o = pastTheDeadline();
        String url = "/campaigns/" + o.campaign() + "/progress";

        assertThat(mvc.get().uri(url + "?type=STATION").with(user(anAdministrator())))
                .hasStatusOk()
                .bodyText()
                .contains(o.station())
                .doesNotContain(o.agency() + "</td>");
        assertThat(mvc.get().uri(url + "?status=SUBMITTED").with(user(anAdministrator())))
                .hasStatusOk()
                .bodyText()
                .contains(o.agency() + "</td>")
                .doesNotContain(o.station());
        assertThat(mvc.get().uri(url + "?type=AGENCY&status=DRAFT").with(user(anAdministrator())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(o.agency() + "</td>", o.station());
    }

    @Test
    void theExportHoldsTheFilteredListWithOverdueMarked() throws IOException {
        Opened o = pastTheDeadline();
        String url = "/campaigns/" + o.campaign() + "/progress/export";

        List<List<String>> all = rows(url);
        assertThat(all.get(0)).containsExactly("单位代码", "单位名称", "单位类型", "自评状态", "已完成", "应完成", "完成率", "提交时间", "是否逾期");
        assertThat(all.subList(1, all.size()))
                .extracting(r -> r.subList(0, 7), r -> r.get(8))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                List.of(o.agency(), "区测试局" + o.agency(), "机关", "已提交", "3", "3", "100%"), ""),
                        org.assertj.core.groups.Tuple.tuple(
                                List.of(o.station(), "测试站" + o.station(), "站所", "填报中", "1", "4", "25%"), "逾期"));
        assertThat(all.get(1).get(7)).isNotBlank();

        assertThat(rows(url + "?type=STATION"))
                .hasSize(2)
                .last()
                .satisfies(r -> assertThat(r.get(0)).isEqualTo(o.station()));
        assertThat(rows(url + "?status=SUBMITTED"))
                .hasSize(2)
                .last()
                .satisfies(r -> assertThat(r.get(0)).isEqualTo(o.agency()));
    }

    private List<List<String>> rows(String url) throws IOException {
        var result = mvc.get().uri(url).with(user(anAdministrator())).exchange();
        assertThat(result)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        List<List<String>> out = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 9; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                out.add(cells);
            }
        }
        return out;
    }
}
