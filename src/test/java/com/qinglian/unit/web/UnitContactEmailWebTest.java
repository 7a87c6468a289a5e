package com.qinglian.unit.web;

import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.unit.UnitFixtures.anAgency;
import static com.qinglian.unit.UnitFixtures.uniqueCode;
import static com.qinglian.unit.UnitFixtures.unitWorkbook;
import static com.qinglian.unit.UnitFixtures.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.security.CurrentUser;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A unit's contact e-mail address (联系邮箱), where reminders are mailed: set and cleared on the unit form and in
 * the Excel import, shown, exported and in the template; a bad address is refused with its message and stores
 * nothing.
 */
@DatabaseTest
class UnitContactEmailWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UnitDirectory units;

    private final CurrentUser admin = anAdministrator();

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcTestResult edit(String code, int version, String email) {
        return mvc.post()
                .uri("/units/" + code)
                .with(user(admin))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("name", "区审计局")
                .param("type", "AGENCY")
                .param("contactEmail", email)
                .exchange();
    }

    private MvcTestResult upload(byte[] content) {
        return mvc.post()
                .uri("/units/import")
                .multipart()
                .file(new MockMultipartFile("file", "单位.xlsx", "application/octet-stream", content))
                .with(user(admin))
                .with(csrf())
                .exchange();
    }

    @Test
    void theFormSetsShowsAndClearsTheAddress() throws Exception {
        String code = uniqueCode("UE");
        assertThat(mvc.get().uri("/units/new").with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("联系邮箱", "name=\"contactEmail\"", "type=\"email\"");
        assertThat(mvc.post()
                        .uri("/units")
                        .with(user(admin))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "区审计局")
                        .param("type", "AGENCY")
                        .param("contactEmail", " shenji@example.gov.cn "))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/units/" + code);
        assertThat(units.get(code).contactEmail()).isEqualTo("shenji@example.gov.cn");
        assertThat(mvc.get().uri("/units/" + code).with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("联系邮箱", "shenji@example.gov.cn");
        assertThat(mvc.get().uri("/units/" + code + "/edit").with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"shenji@example.gov.cn\"");

        assertThat(edit(code, 0, "")).hasStatus3xxRedirection();
        assertThat(units.get(code).contactEmail())
                .as("an empty field clears it")
                .isNull();
    }

    @Test
    void aBadAddressIsRefusedWithTheMessageAndNothingIsStored() throws Exception {
        String code = uniqueCode("UB");
        MvcTestResult refused = mvc.post()
                .uri("/units")
                .with(user(admin))
                .with(csrf())
                .param("code", code)
                .param("name", "区审计局")
                .param("type", "AGENCY")
                .param("contactEmail", "shenji@example")
                .exchange();
        assertThat(refused).hasStatus(422);
        assertThat(body(refused)).contains("联系邮箱格式不正确", "is-invalid", "value=\"shenji@example\"");
        assertThat(units.find(code)).isEmpty();

        String existing = uniqueCode("UB");
        units.create(anAgency(existing).withContactEmail("old@example.gov.cn"));
        MvcTestResult tooLong = edit(existing, 0, "a".repeat(195) + "@example.cn");
        assertThat(tooLong).hasStatus(422);
        assertThat(body(tooLong)).contains("不能超过 200 个字");
        MvcTestResult twoAddresses = edit(existing, 0, "a@example.cn; b@example.cn");
        assertThat(body(twoAddresses)).contains("联系邮箱格式不正确");
        Unit unchanged = units.get(existing);
        assertThat(unchanged.contactEmail()).isEqualTo("old@example.gov.cn");
        assertThat(unchanged.version()).isZero();
    }

    @Test
    void theImportSetsAddressesRefusesBadOnesByRowAndTheExportAndTemplateCarryThem() throws Exception {
        String good = uniqueCode("IE");
        String bad = uniqueCode("IF");
        MvcTestResult refused = upload(unitWorkbook(List.of(
                List.of(good, "区民政局", "机关", "", "", "", "", "minzheng@example.gov.cn", "启用"),
                List.of(bad, "区水利局", "机关", "", "", "", "", "shuili.example.gov.cn", "启用"))));
        assertThat(refused).hasStatus(422);
        assertThat(body(refused)).contains("<td>3</td>", "<td>联系邮箱</td>", "联系邮箱格式不正确", "未保存任何内容");
        assertThat(units.find(good)).as("all or nothing").isEmpty();

        assertThat(upload(unitWorkbook(List.of(
                        List.of(good, "区民政局", "机关", "", "", "", "", "minzheng@example.gov.cn", "启用"),
                        List.of(bad, "区水利局", "机关", "", "", "", "", "", "启用")))))
                .hasStatus3xxRedirection();
        assertThat(units.get(good).contactEmail()).isEqualTo("minzheng@example.gov.cn");
        assertThat(units.get(bad).contactEmail()).isNull();

        byte[] export = mvc.get()
                .uri("/units/export")
                .with(user(admin))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TableWorkbook.read(export, List.of("单位代码")))
                .filteredOn(r -> r.get("单位代码").equals(good))
                .singleElement()
                .satisfies(r -> assertThat(r.get("联系邮箱")).isEqualTo("minzheng@example.gov.cn"));
        byte[] template = mvc.get()
                .uri("/units/template")
                .with(user(admin))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TableWorkbook.read(template, List.of("联系邮箱")))
                .first()
                .satisfies(r -> assertThat(r.get("联系邮箱")).contains("@"));
    }

    @Test
    void aFileWithoutTheEmailColumnKeepsTheAddressesItDoesNotMention() throws Exception {
        String code = uniqueCode("IO");
        units.create(anAgency(code).withContactEmail("keep@example.gov.cn"));
        byte[] older = workbook(
                List.of("单位代码", "单位名称", "单位类型", "上级单位代码", "排名分组", "联系人", "联系电话", "状态"),
                List.of(List.of(code, "改名的机关", "机关", "", "", "张三", "", "启用")));

        assertThat(upload(older)).hasStatus3xxRedirection();

        Unit updated = units.get(code);
        assertThat(updated.name()).isEqualTo("改名的机关");
        assertThat(updated.contactEmail()).isEqualTo("keep@example.gov.cn");
    }
}
