package com.qinglian.demo;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** In demo mode only, the pages learn the demo accounts, so that the sign-in page can list them. */
@ControllerAdvice
class DemoAccountsAdvice {

    /** A demo account as the sign-in page lists it. */
    record DemoAccount(String username, String roleKey, String note) {}

    record DemoInfo(String password, List<DemoAccount> accounts) {}

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("gongwei", "role.ADMIN", ""),
            new DemoAccount("kaoping1", "role.EVALUATOR", "A01–A40"),
            new DemoAccount("kaoping2", "role.EVALUATOR", "S01–S80"),
            new DemoAccount("lingdao", "role.LEADER", ""),
            new DemoAccount("shenji", "role.AUDITOR", ""),
            new DemoAccount("lly-a01", "role.UNIT_REPORTER", "A01 区委办公室"),
            new DemoAccount("lly-s01", "role.UNIT_REPORTER", "S01 景山市场监管所"));

    private final DemoMode mode;

    DemoAccountsAdvice(DemoMode mode) {
        this.mode = mode;
    }

    @ModelAttribute("demo")
    DemoInfo demo() {
        return mode.enabled() ? new DemoInfo(DemoMode.PASSWORD, ACCOUNTS) : null;
    }
}
