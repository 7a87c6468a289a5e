package com.qinglian.security.web;

import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.security.SecurityFixtures.uniqueUsername;
import static com.qinglian.unit.UnitFixtures.anAgency;
import static com.qinglian.unit.UnitFixtures.uniqueCode;
import static com.qinglian.unit.UnitFixtures.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccount;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.AuditEntries;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** User administration pages: create with a one-time password, import, reset, (de)activate, list and export. */
@DatabaseTest
class UserAdminWebTest {

    private static final List<String> HEADERS = List.of("用户名", "姓名", "角色", "单位代码", "状态");
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final Pattern ISSUED = Pattern.compile("<td>([^<]+)</td><td><code>([^<]+)</code></td>");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = anAdministrator();

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The user names and one-time passwords on an issued-passwords page. */
    private static List<String[]> issued(String html) {
        List<String[]> out = new ArrayList<>();
        Matcher m = ISSUED.matcher(html.replaceAll(">\\s+<", "><"));
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    private String aUnit() {
        String code = uniqueCode("UU");
        units.create(anAgency(code));
        return code;
    }

    private MvcTestResult importUsers(String filename, byte[] content) {
        return mvc.post()
                .uri("/users/import")
                .multipart()
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .with(user(admin))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult signIn(String username, String password) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .exchange();
    }

    @Test
    void creatingAUserShowsTheOneTimePasswordOnceAndItMustBeChanged() throws Exception {
        String unit = aUnit();
        String username = uniqueUsername("new");
        MvcTestResult created = mvc.post()
                .uri("/users")
                .with(user(admin))
                .with(csrf())
                .param("username", username)
                .param("displayName", "新联络员")
                .param("role", "UNIT_REPORTER")
                .param("unitCode", unit)
                .exchange();

        assertThat(created).hasStatusOk();
        List<String[]> shown = issued(body(created));
        assertThat(shown).singleElement().satisfies(row -> assertThat(row[0]).isEqualTo(username));
        String password = shown.get(0)[1];
        assertThat(password).hasSize(16);

        UserAccount account = accounts.find(username).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.UNIT_REPORTER);
        assertThat(account.unitCode()).isEqualTo(unit);
        assertThat(account.mustChangePassword()).isTrue();

        var trail = new AuditEntries(jdbc).about("user", username);
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.actor()).isEqualTo(admin.getUsername());
            assertThat(e.afterJson()).contains(unit, "UNIT_REPORTER").doesNotContain(password);
        });

        var session = new org.springframework.mock.web.MockHttpSession();
        assertThat(mvc.post()
                        .uri("/login")
                        .session(session)
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/rubrics").session(session)).hasRedirectedUrl("/account/password");
    }

    @Test
    void aRefusedUserFormKeepsTheInputAndNamesTheProblem() throws Exception {
        String username = uniqueUsername("bad");
        String unknownUnit = uniqueCode("NO");
        assertThat(body(mvc.post()
                        .uri("/users")
                        .with(user(admin))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "甲")
                        .param("role", "UNIT_REPORTER")
                        .param("unitCode", unknownUnit)
                        .exchange()))
                .contains("单位“" + unknownUnit + "”不存在或已停用", "value=\"" + username + "\"");
        assertThat(body(mvc.post()
                        .uri("/users")
                        .with(user(admin))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "乙")
                        .param("role", "UNIT_REPORTER")
                        .exchange()))
                .contains("单位联络员必须填写所属单位代码");
        assertThat(body(mvc.post()
                        .uri("/users")
                        .with(user(admin))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "丙")
                        .param("role", "EVALUATOR")
                        .param("unitCode", aUnit())
                        .exchange()))
                .contains("只有单位联络员可以绑定单位");
        assertThat(body(mvc.post()
                        .uri("/users")
                        .with(user(admin))
                        .with(csrf())
                        .param("username", "admin")
                        .param("displayName", "丁")
                        .param("role", "LEADER")
                        .exchange()))
                .contains("用户名“admin”已存在");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void importingUsersCreatesAllWithTheirUnitsAndShowsTheirPasswords() throws Exception {
        String unit = aUnit();
        String reporter = uniqueUsername("imp-r");
        String evaluator = uniqueUsername("imp-e");
        MvcTestResult result = importUsers(
                "用户.xlsx",
                workbook(
                        HEADERS,
                        List.of(
                                List.of(reporter, "导入联络员", "单位联络员", unit, "启用"),
                                List.of(evaluator, "导入考评员", "考评员", "", "启用"))));

        assertThat(result).hasStatusOk();
        assertThat(issued(body(result))).extracting(row -> row[0]).containsExactly(reporter, evaluator);
        assertThat(accounts.find(reporter).orElseThrow().unitCode()).isEqualTo(unit);
        assertThat(accounts.find(evaluator).orElseThrow().role()).isEqualTo(Role.EVALUATOR);
        assertThat(new AuditEntries(jdbc).by(admin.getUsername()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("IMPORT");
                    assertThat(e.afterJson()).contains(reporter, evaluator, unit);
                });
    }

    @Test
    void anUnknownUnitCodeNamesItsRowAndNothingIsImported() throws Exception {
        String unit = aUnit();
        String good = uniqueUsername("imp-g");
        String bad = uniqueUsername("imp-b");
        String unknownUnit = uniqueCode("NX");
        String html = body(importUsers(
                "units.xlsx",
                workbook(
                        HEADERS,
                        List.of(
                                List.of(good, "好的一行", "单位联络员", unit, "启用"),
                                List.of(bad, "坏的一行", "单位联络员", unknownUnit, "启用")))));

        assertThat(html)
                .contains(
                        "id=\"import-errors\"",
                        "<td>3</td>",
                        "<td>单位代码</td>",
                        "单位“" + unknownUnit + "”不存在或已停用",
                        "未保存任何内容");
        assertThat(accounts.find(good)).isEmpty();
        assertThat(accounts.find(bad)).isEmpty();
    }

    @Test
    void everyBadRowOfAUserFileIsReported() throws Exception {
        String dup = uniqueUsername("imp-d");
        String html = body(importUsers(
                IMG + ".xlsx",
                workbook(
                        HEADERS,
                        List.of(
                                List.of(dup, "甲", "考评员", "", ""),
                                List.of(dup, "乙", "考评员", "", ""),
                                List.of(SCRIPT, "丙", "校长", "", ""),
                                List.of(uniqueUsername("imp-n"), "", "领导", aUnit(), "")))));
        assertThat(html)
                .contains(
                        "用户名“" + dup + "”在文件中重复出现",
                        "角色“校长”无效",
                        "请填写姓名",
                        "只有单位联络员可以绑定单位",
                        "用户名“&lt;script&gt;alert(1)&lt;/script&gt;”无效");
        assertThat(html).doesNotContain(SCRIPT, "<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;.xlsx");
        assertThat(accounts.find(dup)).isEmpty();
        assertThat(body(importUsers("x.xlsx", new byte[0]))).contains("文件为空");
    }

    @Test
    void aResetIssuesANewOneTimePasswordAndForcesAChange() throws Exception {
        String username = uniqueUsername("reset");
        String first = accounts.create(new UserAccounts.NewUser(username, "重置", Role.LEADER, null))
                .password();
        assertThat(accounts.changePassword(username, first, "Own-Pass-1-long")).isEmpty();

        MvcTestResult reset = mvc.post()
                .uri("/users/" + username + "/reset-password")
                .with(user(admin))
                .with(csrf())
                .param("reason", "本人遗忘")
                .exchange();

        assertThat(reset).hasStatusOk();
        String password = issued(body(reset)).get(0)[1];
        assertThat(accounts.find(username).orElseThrow().mustChangePassword()).isTrue();
        assertThat(signIn(username, "Own-Pass-1-long")).hasRedirectedUrl("/login?error");
        assertThat(signIn(username, password)).hasRedirectedUrl("/");
        assertThat(new AuditEntries(jdbc).about("user", username))
                .filteredOn(e -> e.action().equals("PASSWORD_RESET"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo("本人遗忘");
                    assertThat(e.actor()).isEqualTo(admin.getUsername());
                    assertThat(String.valueOf(e.afterJson())).doesNotContain(password);
                });
    }

    @Test
    void deactivatingAndReactivatingAUserIsAudited() {
        String username = uniqueUsername("deact");
        accounts.create(new UserAccounts.NewUser(username, "停用", Role.EVALUATOR, null));
        assertThat(mvc.post()
                        .uri("/users/" + username + "/deactivate")
                        .with(user(admin))
                        .with(csrf())
                        .param("reason", "调岗"))
                .hasRedirectedUrl("/users");
        assertThat(accounts.find(username).orElseThrow().active()).isFalse();
        assertThat(mvc.post()
                        .uri("/users/" + username + "/activate")
                        .with(user(admin))
                        .with(csrf()))
                .hasRedirectedUrl("/users");
        assertThat(new AuditEntries(jdbc).actionsAbout("user", username))
                .containsExactly("CREATE", "DEACTIVATE", "ACTIVATE");
        assertThat(mvc.post()
                        .uri("/users/" + uniqueUsername("ghost") + "/deactivate")
                        .with(user(admin))
                        .with(csrf()))
                .hasStatus(404);
    }

    @Test
    void theListShowsEveryUserWithRoleUnitAndStateAndEscapesNames() throws Exception {
        String unit = aUnit();
        String reporter = uniqueUsername("list");
        accounts.create(new UserAccounts.NewUser(reporter, SCRIPT, Role.UNIT_REPORTER, unit));
        String leader = uniqueUsername("list");
        accounts.create(new UserAccounts.NewUser(leader, IMG, Role.LEADER, null));

        // the list pages: each account is looked up by name, as an administrator would in a long list
        String html = body(mvc.get()
                        .uri("/users")
                        .param("q", reporter)
                        .with(user(admin))
                        .exchange())
                + body(mvc.get()
                        .uri("/users")
                        .param("q", leader)
                        .with(user(admin))
                        .exchange())
                + body(mvc.get()
                        .uri("/users")
                        .param("q", "admin")
                        .with(user(admin))
                        .exchange());
        assertThat(html).contains(reporter, leader, unit, "单位联络员", "领导", "待改密码", "admin", "系统管理员");
        assertThat(html)
                .doesNotContain(SCRIPT, "<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");

        String refused = body(mvc.post()
                .uri("/users")
                .with(user(admin))
                .with(csrf())
                .param("username", SCRIPT)
                .param("displayName", IMG)
                .param("role", "LEADER")
                .exchange());
        assertThat(refused)
                .doesNotContain(SCRIPT, "<img src=x")
                .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void theTemplateAndTheAuditedExportAreRealWorkbooks() throws Exception {
        List<List<String>> template = read(mvc.get()
                .uri("/users/template")
                .with(user(admin))
                .exchange()
                .getResponse()
                .getContentAsByteArray());
        assertThat(template.get(0)).containsExactlyElementsOf(HEADERS);

        String username = uniqueUsername("exp");
        accounts.create(new UserAccounts.NewUser(username, "导出", Role.AUDITOR, null));
        MvcTestResult export = mvc.get().uri("/users/export").with(user(admin)).exchange();
        assertThat(export)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> rows = read(export.getResponse().getContentAsByteArray());
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(username, "导出", "审计员"));
        assertThat(new AuditEntries(jdbc).by(admin.getUsername()))
                .extracting(AuditEntries.Row::action)
                .as("both files are downloads, the export is also an export of personal data")
                .containsExactly("DOWNLOAD", "EXPORT_PERSONAL_DATA", "DOWNLOAD");
        assertThat(new AuditEntries(jdbc).by(admin.getUsername()))
                .filteredOn(e -> !e.action().equals("DOWNLOAD"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("EXPORT_PERSONAL_DATA");
                    assertThat(e.entityType()).isEqualTo("user");
                });
    }

    private static List<List<String>> read(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        }
    }
}
