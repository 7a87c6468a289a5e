package com.qinglian.security;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.TableWorkbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Users in Excel: the import template, the export, reading an upload, and the sheet of issued passwords. */
public final class UserSheet {

    static final List<String> HEADERS = List.of("用户名", "姓名", "角色", "单位代码", "状态");
    static final List<String> REQUIRED = List.of("用户名", "姓名", "角色");
    private static final Map<String, Role> ROLE_NAMES = Map.of(
            "管理员",
            Role.ADMIN,
            "考评员",
            Role.EVALUATOR,
            "单位联络员",
            Role.UNIT_REPORTER,
            "领导",
            Role.LEADER,
            "审计员",
            Role.AUDITOR);
    private static final Map<String, String> COLUMN_OF_FIELD =
            Map.of("username", "用户名", "displayName", "姓名", "role", "角色", "unitCode", "单位代码");

    private UserSheet() {}

    /** An upload read into rows by Excel row number, with what is wrong with the cells themselves. */
    public record Upload(Map<Integer, UserAccounts.NewUser> rows, List<InputProblem> problems) {}

    public static String chinese(Role role) {
        return ROLE_NAMES.entrySet().stream()
                .filter(e -> e.getValue() == role)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    public static byte[] template() {
        return TableWorkbook.write(
                "用户",
                HEADERS,
                List.of(List.of("zhangsan", "张三", "单位联络员", "A001", "启用"), List.of("lisi", "李四", "考评员", "", "启用")));
    }

    public static byte[] export(List<UserAccount> users) {
        return TableWorkbook.write(
                "用户",
                HEADERS,
                users.stream()
                        .map(u -> List.of(
                                u.username(),
                                u.displayName(),
                                chinese(u.role()),
                                u.unitCode() == null ? "" : u.unitCode(),
                                u.active() ? "启用" : "停用"))
                        .toList());
    }

    public static Upload read(byte[] xlsx) {
        Map<Integer, UserAccounts.NewUser> rows = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (TableWorkbook.Record record : TableWorkbook.read(xlsx, REQUIRED)) {
            String roleText = record.get("角色");
            Role role = ROLE_NAMES.get(roleText);
            if (role == null) {
                problems.add(InputProblem.of(
                        record.row(), "角色", "user.error.roleText", roleText, String.join("、", ROLE_NAMES.keySet())));
            }
            rows.put(
                    record.row(),
                    new UserAccounts.NewUser(record.get("用户名"), record.get("姓名"), role, record.get("单位代码")));
        }
        return new Upload(rows, problems);
    }

    /** The column header an import problem on a field refers to. */
    public static InputProblem inColumns(InputProblem problem) {
        return new InputProblem(
                problem.row(),
                COLUMN_OF_FIELD.getOrDefault(problem.column(), problem.column()),
                problem.key(),
                problem.args());
    }
}
