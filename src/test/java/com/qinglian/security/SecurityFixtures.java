package com.qinglian.security;

import java.util.UUID;

/**
 * Signed-in users for tests, built the way sign-in builds them, with user names unique per call so
 * that tests sharing one database never collide.
 */
public final class SecurityFixtures {

    public static final String ADMIN_PASSWORD = "Test-Admin-Pass-1";

    private SecurityFixtures() {}

    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static CurrentUser signedIn(Role role, String unitCode) {
        return signedIn(uniqueUsername(role.name().toLowerCase().replace('_', '-')), role, unitCode);
    }

    public static CurrentUser signedIn(String username, Role role, String unitCode) {
        UserAccount account = new UserAccount(username, "测试" + role.name(), role, unitCode, true, false, 0, null, 0);
        return new CurrentUser(account, null, false);
    }

    public static CurrentUser anAdministrator() {
        return signedIn(Role.ADMIN, null);
    }

    public static CurrentUser anAuditor() {
        return signedIn(Role.AUDITOR, null);
    }

    public static CurrentUser anEvaluator() {
        return signedIn(Role.EVALUATOR, null);
    }

    public static CurrentUser aLeader() {
        return signedIn(Role.LEADER, null);
    }

    public static CurrentUser aReporterOf(String unitCode) {
        return signedIn(Role.UNIT_REPORTER, unitCode);
    }

    /** A signed-in user who still holds a one-time password. */
    public static CurrentUser withOneTimePassword(Role role, String unitCode) {
        UserAccount account = new UserAccount(uniqueUsername("otp"), "一次性", role, unitCode, true, true, 0, null, 0);
        return new CurrentUser(account, null, false);
    }
}
