package com.qinglian.unit.web;

import static com.qinglian.security.SecurityFixtures.aLeader;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.unit.UnitFixtures.aStationOf;
import static com.qinglian.unit.UnitFixtures.anAgency;
import static com.qinglian.unit.UnitFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.security.CurrentUser;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The unit pages: create, edit, deactivate and reactivate, each audited; stale edits refused; output escaped. */
@DatabaseTest
class UnitPagesWebTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = anAdministrator();

    private AuditEntries audit() {
        return new AuditEntries(jdbc);
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anAdministratorCreatesEditsDeactivatesAndReactivatesAUnitAndEachStepIsAudited() throws Exception {
        String code = uniqueCode("UP");
        assertThat(mvc.post()
                        .uri("/units")
                        .with(user(admin))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "区审计局")
                        .param("type", "AGENCY")
                        .param("rankingGroup", "经济部门")
                        .param("contactName", "赵六")
                        .param("contactPhone", "0577-88881111"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/units/" + code);
        assertThat(mvc.get().uri("/units/" + code).with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("区审计局", "经济部门", "赵六", "0577-88881111");

        assertThat(mvc.get().uri("/units/" + code + "/edit").with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"区审计局\"", "name=\"version\" value=\"0\"");
        assertThat(mvc.post()
                        .uri("/units/" + code)
                        .with(user(admin))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", "区审计局(改)")
                        .param("type", "AGENCY")
                        .param("contactName", "钱七"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/units/" + code);

        assertThat(mvc.post()
                        .uri("/units/" + code + "/deactivate")
                        .with(user(admin))
                        .with(csrf())
                        .param("reason", "机构撤并"))
                .hasStatus3xxRedirection();
        assertThat(units.get(code).active()).isFalse();
        assertThat(mvc.post()
                        .uri("/units/" + code + "/activate")
                        .with(user(admin))
                        .with(csrf())
                        .param("reason", "恢复"))
                .hasStatus3xxRedirection();

        Unit stored = units.get(code);
        assertThat(stored.active()).isTrue();
        assertThat(stored.name()).isEqualTo("区审计局(改)");
        assertThat(stored.rankingGroup()).isNull();
        assertThat(stored.version()).isEqualTo(3);

        var trail = audit().about("unit", code);
        assertThat(trail)
                .extracting(AuditEntries.Row::action)
                .containsExactly("CREATE", "UPDATE", "DEACTIVATE", "ACTIVATE");
        assertThat(trail).extracting(AuditEntries.Row::actor).containsOnly(admin.getUsername());
        assertThat(trail.get(0).beforeJson()).isNull();
        assertThat(trail.get(0).afterJson()).contains("区审计局", "赵六");
        assertThat(trail.get(1).beforeJson()).contains("\"name\":\"区审计局\"", "经济部门");
        assertThat(trail.get(1).afterJson()).contains("\"name\":\"区审计局(改)\"", "钱七");
        assertThat(trail.get(2).reason()).isEqualTo("机构撤并");
        assertThat(trail.get(2).afterJson()).contains("\"active\":false");
        assertThat(trail.get(3).reason()).isEqualTo("恢复");
    }

    @Test
    void aStaleEditIsRefusedAndOverwritesNothing() throws Exception {
        String code = uniqueCode("UC");
        units.create(anAgency(code));

        assertThat(mvc.post()
                        .uri("/units/" + code)
                        .with(user(admin))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", "第一人的修改")
                        .param("type", "AGENCY"))
                .hasStatus3xxRedirection();
        MvcTestResult stale = mvc.post()
                .uri("/units/" + code)
                .with(user(admin))
                .with(csrf())
                .param("version", "0")
                .param("name", "第二人的修改")
                .param("type", "AGENCY")
                .exchange();

        assertThat(stale).hasStatus(409);
        assertThat(body(stale)).contains("其他人已修改了这个单位");
        assertThat(units.get(code).name()).isEqualTo("第一人的修改");
        assertThat(units.get(code).version()).isEqualTo(1);
        assertThat(audit().actionsAbout("unit", code)).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void invalidFormsShowTheProblemBesideTheFieldAndStoreNothing() throws Exception {
        String agency = uniqueCode("UA");
        String station = uniqueCode("US");
        units.create(anAgency(agency));
        units.create(aStationOf(station, agency));
        String code = uniqueCode("UX");

        MvcTestResult parentIsStation = mvc.post()
                .uri("/units")
                .with(user(admin))
                .with(csrf())
                .param("code", code)
                .param("name", "某站")
                .param("type", "STATION")
                .param("parentCode", station)
                .exchange();
        assertThat(parentIsStation).hasStatus(422);
        assertThat(body(parentIsStation)).contains("上级单位“" + station + "”不是机关");

        MvcTestResult noName = mvc.post()
                .uri("/units")
                .with(user(admin))
                .with(csrf())
                .param("code", code)
                .param("name", " ")
                .param("type", "AGENCY")
                .param("contactPhone", "电话")
                .exchange();
        assertThat(body(noName)).contains("请填写单位名称", "联系电话格式不正确");

        MvcTestResult duplicate = mvc.post()
                .uri("/units")
                .with(user(admin))
                .with(csrf())
                .param("code", agency)
                .param("name", "重名")
                .param("type", "AGENCY")
                .exchange();
        assertThat(body(duplicate)).contains("单位代码“" + agency + "”已存在");

        assertThat(units.find(code)).isEmpty();
        assertThat(units.get(agency).name()).isNotEqualTo("重名");
    }

    @Test
    void theListSearchesByCodeOrNameAndLeadersMayReadIt() {
        String code = uniqueCode("UL");
        units.create(new UnitDetails(code, "区档案馆" + code, UnitType.AGENCY, null, null, null, null));
        assertThat(mvc.get().uri("/units").param("q", code.toLowerCase()).with(user(aLeader())))
                .hasStatusOk()
                .bodyText()
                .contains("区档案馆" + code, "共 1 条")
                .doesNotContain("新增单位");
        assertThat(mvc.get()
                        .uri("/units")
                        .param("q", "区档案馆" + code)
                        .param("type", "STATION")
                        .with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("没有符合条件的单位");
        assertThat(mvc.get()
                        .uri("/units")
                        .param("q", "%")
                        .param("active", "false")
                        .with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("区档案馆" + code);
    }

    @Test
    void everyUserEnteredFieldIsEscapedWhereverItIsShown() throws Exception {
        String agency = uniqueCode("XA");
        units.create(new UnitDetails(agency, SCRIPT, UnitType.AGENCY, null, IMG, SCRIPT, null));
        String station = uniqueCode("XS");
        units.create(new UnitDetails(station, IMG, UnitType.STATION, agency, SCRIPT, IMG, null));

        for (String page : new String[] {
            "/units?q=" + agency,
            "/units?q=" + station,
            "/units/" + agency,
            "/units/" + station,
            "/units/" + agency + "/edit",
            "/units/" + station + "/edit",
            "/units/new"
        }) {
            String html = body(mvc.get().uri(page).with(user(admin)).exchange());
            assertEscaped(page, html, page.equals("/units/new") ? new String[] {SCRIPT} : new String[] {SCRIPT, IMG});
        }

        String refused = body(mvc.post()
                .uri("/units")
                .with(user(admin))
                .with(csrf())
                .param("code", SCRIPT)
                .param("name", IMG)
                .param("type", "AGENCY")
                .param("rankingGroup", SCRIPT)
                .exchange());
        assertEscaped("refused form", refused, SCRIPT, IMG);
        assertThat(refused).contains("单位代码“&lt;script&gt;alert(1)&lt;/script&gt;”无效");
    }

    @Test
    void unitPagesSendTheSecurityHeaders() {
        String code = uniqueCode("UH");
        units.create(anAgency(code));
        for (String page :
                new String[] {"/units", "/units/" + code, "/units/new", "/units/" + code + "/edit", "/units/import"}) {
            var response = mvc.get().uri(page).with(user(admin)).exchange().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(200);
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).as(page).contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
            String scriptSrc = csp.replaceAll(".*script-src ([^;]*).*", "$1");
            assertThat(scriptSrc).as(page).isEqualTo("'self'");
            assertThat(response.getHeader("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(page).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).as(page).isEqualTo("same-origin");
            assertThat(response.getHeader("Cache-Control")).as(page).contains("no-store");
        }
    }

    @Test
    void thePagesCarryNoInlineScript() throws Exception {
        String code = uniqueCode("UI");
        units.create(anAgency(code));
        for (String page : new String[] {"/units", "/units/" + code, "/units/new", "/units/import"}) {
            String html = body(mvc.get().uri(page).with(user(admin)).exchange());
            assertThat(html)
                    .as(page)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=");
        }
    }

    static void assertEscaped(String where, String html, String... payloads) {
        for (String payload : payloads) {
            String tag = payload.substring(payload.indexOf('<'));
            String escapedTag = tag.replace("<", "&lt;").replace(">", "&gt;");
            assertThat(html).as(where).doesNotContain(tag).contains(escapedTag);
        }
    }
}
