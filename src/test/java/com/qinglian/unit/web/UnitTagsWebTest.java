package com.qinglian.unit.web;

import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.unit.UnitFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.security.CurrentUser;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A unit's tags (标签): entered on the form, shown on the list, carried by the Excel sheet, audited. */
@DatabaseTest
class UnitTagsWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = anAdministrator();

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcTestResult create(String code, String tags) {
        return mvc.post()
                .uri("/units")
                .with(user(admin))
                .with(csrf())
                .param("code", code)
                .param("name", "区水利局" + code)
                .param("type", "AGENCY")
                .param("tags", tags)
                .exchange();
    }

    @Test
    void tagsTypedWithCommasOrSpacesAreStoredShownOnTheListAndAudited() throws Exception {
        String code = uniqueCode("TG");
        assertThat(create(code, " 沿河单位, 窗口单位，river_1  沿河单位")).hasStatus3xxRedirection();

        assertThat(units.get(code).tags()).containsExactly("沿河单位", "窗口单位", "river_1");
        assertThat(mvc.get().uri("/units").param("q", code).with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(">沿河单位<", ">窗口单位<", ">river_1<");
        assertThat(mvc.get().uri("/units/" + code + "/edit").with(user(admin)))
                .bodyText()
                .contains("value=\"沿河单位, 窗口单位, river_1\"");

        assertThat(mvc.post()
                        .uri("/units/" + code)
                        .with(user(admin))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", "区水利局" + code)
                        .param("type", "AGENCY")
                        .param("tags", "窗口单位"))
                .hasStatus3xxRedirection();
        assertThat(units.get(code).tags()).containsExactly("窗口单位");
        var trail = new AuditEntries(jdbc).about("unit", code);
        assertThat(trail).extracting(AuditEntries.Row::action).containsExactly("CREATE", "UPDATE");
        assertThat(trail.get(1).beforeJson()).contains("沿河单位");
        assertThat(trail.get(1).afterJson()).contains("\"tags\":[\"窗口单位\"]");
    }

    @Test
    void aTagWithOtherCharactersOrTooLongIsRefusedWith422AndAChineseMessage() throws Exception {
        String code = uniqueCode("TX");
        MvcTestResult refused = create(code, "沿河单位 bad/tag " + "长".repeat(33));

        assertThat(refused).hasStatus(422);
        assertThat(body(refused)).contains("标签“bad/tag”无效", "标签“" + "长".repeat(33) + "”无效", "value=\"沿河单位 bad/tag ");
        assertThat(units.find(code)).isEmpty();

        MvcTestResult tooMany = create(
                code,
                String.join(
                        " ",
                        java.util.stream.IntStream.rangeClosed(1, 21)
                                .mapToObj(i -> "t" + i)
                                .toList()));
        assertThat(tooMany).hasStatus(422);
        assertThat(body(tooMany)).contains("标签最多 20 个");
        assertThat(units.find(code)).isEmpty();
    }

    @Test
    void theSheetCarriesTagsAndAnImportWithABadTagNamesTheRowAndSavesNothing() throws Exception {
        String good = uniqueCode("TI");
        String bad = uniqueCode("TB");
        List<String> headers = UnitFixtures.HEADERS;
        byte[] file = UnitFixtures.workbook(
                headers,
                List.of(
                        List.of(good, "区河道站" + good, "机关", "", "", "", "", "", "启用", "沿河单位、窗口单位"),
                        List.of(bad, "区某局" + bad, "机关", "", "", "", "", "", "启用", "沿河单位 坏!标签")));
        MvcTestResult refused = upload(file);
        assertThat(refused).hasStatus(422);
        assertThat(body(refused)).contains("<td>3</td>", "<td>标签</td>", "标签“坏!标签”无效");
        assertThat(units.find(good)).isEmpty();

        byte[] fixed = UnitFixtures.workbook(
                headers, List.of(List.of(good, "区河道站" + good, "机关", "", "", "", "", "", "启用", "沿河单位、窗口单位")));
        assertThat(upload(fixed)).hasStatus3xxRedirection();
        assertThat(units.get(good).tags()).containsExactly("沿河单位", "窗口单位");

        // a file made before the column existed leaves the tags as they are
        byte[] old = UnitFixtures.workbook(
                headers.subList(0, headers.size() - 1),
                List.of(List.of(good, "区河道站(改)" + good, "机关", "", "", "", "", "", "启用")));
        assertThat(upload(old)).hasStatus3xxRedirection();
        assertThat(units.get(good).tags()).containsExactly("沿河单位", "窗口单位");

        MvcTestResult export = mvc.get()
                .uri("/units/export")
                .param("q", good)
                .with(user(admin))
                .exchange();
        assertThat(export).hasStatusOk();
        assertThat(UnitImportWebTest.read(export.getResponse().getContentAsByteArray()))
                .anySatisfy(row -> assertThat(row).startsWith(good).endsWith("沿河单位, 窗口单位"));
    }

    private MvcTestResult upload(byte[] file) {
        return mvc.post()
                .uri("/units/import")
                .multipart()
                .file(new MockMultipartFile("file", "units.xlsx", "application/octet-stream", file))
                .with(user(admin))
                .with(csrf())
                .exchange();
    }
}
