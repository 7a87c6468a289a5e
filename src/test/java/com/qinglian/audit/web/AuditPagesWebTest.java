package com.qinglian.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.audit.internal.AuditEntry;
import com.qinglian.audit.internal.AuditFilter;
import com.qinglian.audit.internal.AuditLog;
import com.qinglian.support.DatabaseTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The auditor's pages: filtering, paging, verification, export, escaping, and who is kept out. */
@DatabaseTest
class AuditPagesWebTest {

    private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    private static String uniqueId() {
        return "web-" + UUID.randomUUID();
    }

    private void recordUpdates(String entityId, int count) {
        for (int i = 0; i < count; i++) {
            trail.record(AuditEvent.of(
                            AuditActions.UPDATE, "unit", entityId, Map.of("name", "旧名" + i), Map.of("name", "新名" + i))
                    .by("editor", "10.1.2.3"));
        }
    }

    private String page(String uri) throws Exception {
        var result = mvc.get().uri(uri).with(AUDITOR).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFilterOffersEveryAuditedActionByItsChineseName() throws Exception {
        java.util.Properties zh = new java.util.Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
            zh.load(reader);
        }
        String html = page("/audit");
        assertThat(AuditActions.KNOWN)
                .allSatisfy(action -> assertThat(html)
                        .contains("<option value=\"" + action + "\">" + zh.getProperty("audit.action." + action)
                                + "</option>"));
    }

    @Test
    void anAuditorFiltersByEntityAndSeesNewestFirstWithBeforeAndAfter() throws Exception {
        String id = uniqueId();
        recordUpdates(id, 3);
        trail.record(AuditEvent.of(AuditActions.DEACTIVATE, "unit", id, null, null)
                .by("admin", null)
                .withReason("合并机构"));

        String html = page("/audit?entityId=" + id);

        assertThat(html.split("data-entry=\"", -1)).hasSize(5);
        assertThat(html)
                .contains(
                        "审计日志",
                        "DEACTIVATE",
                        "合并机构",
                        "10.1.2.3",
                        "<details>",
                        "<code>name</code>",
                        ">旧名2</td>",
                        ">新名2</td>",
                        "停用");
        assertThat(html.indexOf("新名2")).isLessThan(html.indexOf("新名1"));
        assertThat(html.indexOf("DEACTIVATE")).isGreaterThan(0);
    }

    @Test
    void filtersCombineActionActorAndDays() throws Exception {
        String id = uniqueId();
        recordUpdates(id, 2);
        trail.record(
                AuditEvent.of(AuditActions.DEACTIVATE, "unit", id, null, null).by("admin", null));
        String today = java.time.LocalDate.now(log.zone()).toString();

        assertThat(page("/audit?entityId=" + id + "&action=DEACTIVATE&actor=admin&from=" + today + "&to=" + today)
                        .split("data-entry=\"", -1))
                .hasSize(2);
        assertThat(page("/audit?entityId=" + id + "&action=UPDATE&entityType=unit")
                        .split("data-entry=\"", -1))
                .hasSize(3);
        assertThat(page("/audit?entityId=" + id + "&to=2000-01-01")).contains("没有符合条件的记录");
    }

    @Test
    void showsFiftyEntriesAPage() throws Exception {
        String id = uniqueId();
        recordUpdates(id, 53);

        String first = page("/audit?entityId=" + id);
        assertThat(first.split("data-entry=\"", -1)).hasSize(51);
        assertThat(first).contains("rel=\"next\"", "第 1 页").doesNotContain("rel=\"prev\"");

        String second = page("/audit?entityId=" + id + "&page=2");
        assertThat(second.split("data-entry=\"", -1)).hasSize(4);
        assertThat(second).contains("rel=\"prev\"", "新名0").doesNotContain("rel=\"next\"");
    }

    @Test
    void aPagePastTheEndShowsTheLastAndAMalformedPageTheFirst() throws Exception {
        String id = uniqueId();
        recordUpdates(id, 53);

        String past = page("/audit?entityId=" + id + "&page=999999");
        assertThat(past.split("data-entry=\"", -1)).hasSize(4);
        assertThat(past).contains("第 2 页", "rel=\"prev\"");
        for (String hostile : new String[] {"-1", "abc", "99999999999999999999"}) {
            String page = page("/audit?entityId=" + id + "&page=" + hostile);
            assertThat(page.split("data-entry=\"", -1)).as(hostile).hasSizeGreaterThan(1);
        }
        assertThat(page("/audit?entityId=" + id + "&page=-1")).contains("第 1 页");
    }

    @Test
    void anEntityIdWithMarkupIsShownAsText() throws Exception {
        String id = "<script>alert(1)</script>" + uniqueId();
        trail.record(
                AuditEvent.of(AuditActions.CREATE, "unit", id, null, Map.of("name", "<img src=x onerror=alert(2)>")));

        var result = mvc.get()
                .uri("/audit")
                .param("entityType", "unit")
                .param("entityId", id)
                .with(AUDITOR)
                .exchange();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>alert(1)</script>", "<img src=x");
    }

    @Test
    void theVerifyPageReportsAnIntactChain() throws Exception {
        recordUpdates(uniqueId(), 1);
        assertThat(page("/audit/verify")).contains("校验审计日志", "开始校验").doesNotContain("audit-verification");

        var result = mvc.post().uri("/audit/verify").with(AUDITOR).with(csrf()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("链完整,共 \\d+ 条")
                .contains("data-intact=\"true\"");
    }

    @Test
    void exportsTheFilteredListAsAnExcelWorkbookAndRecordsTheExport() throws Exception {
        String id = uniqueId();
        recordUpdates(id, 2);

        var result = mvc.get().uri("/audit/export?entityId=" + id).with(AUDITOR).exchange();

        assertThat(result)
                .hasStatusOk()
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains(".xlsx");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("审计日志");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header)
                    .containsExactly(
                            "序号", "时间", "操作人", "客户端地址", "操作", "对象类型", "对象标识", "变更前", "变更后", "原因", "前一条哈希", "哈希");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row newest = sheet.getRow(1);
            assertThat(newest.getCell(2).getStringCellValue()).isEqualTo("editor");
            assertThat(newest.getCell(6).getStringCellValue()).isEqualTo(id);
            assertThat(newest.getCell(8).getStringCellValue()).isEqualTo("{\"name\":\"新名1\"}");
            assertThat((long) sheet.getRow(2).getCell(0).getNumericCellValue())
                    .isLessThan((long) newest.getCell(0).getNumericCellValue());
        }

        List<AuditEntry> exports = new ArrayList<>();
        log.forEach(new AuditFilter(null, null, "auditor", "audit", null, AuditActions.EXPORT), 1, exports::add);
        assertThat(exports)
                .singleElement()
                .satisfies(e -> assertThat(e.afterJson()).contains(id));
    }

    @Test
    void onlyAuditorsGetIn() {
        for (RequestPostProcessor other : List.of(
                user("admin").roles("ADMIN"),
                user("evaluator").roles("EVALUATOR"),
                user("reporter").roles("UNIT_REPORTER"),
                user("leader").roles("LEADER"))) {
            assertThat(mvc.get().uri("/audit").with(other)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/audit/verify").with(other)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/audit/verify").with(other).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/audit/export").with(other)).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/audit"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/audit/export"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void noRequestChangesOrRemovesAnEntry() {
        assertThat(mvc.delete().uri("/audit").with(user("admin").roles("ADMIN")).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/audit").with(AUDITOR).with(csrf())).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(mvc.delete().uri("/audit").with(AUDITOR).with(csrf())).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(mvc.post().uri("/audit/verify").with(AUDITOR)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theNavigationShowsTheAuditLinkToAuditorsOnly() throws Exception {
        assertThat(page("/audit")).contains("href=\"/audit\"");
        assertThat(mvc.get().uri("/rubrics").with(user("admin").roles("ADMIN")))
                .bodyText()
                .doesNotContain("href=\"/audit\"");
    }
}
