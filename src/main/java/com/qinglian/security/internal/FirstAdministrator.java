package com.qinglian.security.internal;

import com.qinglian.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator {@code admin} on an empty database. There is no default password:
 * it is QINGLIAN_ADMIN_PASSWORD, or a generated one printed once here and changed at first sign-in.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final String configuredPassword;

    FirstAdministrator(UserAccounts accounts, @Value("${QINGLIAN_ADMIN_PASSWORD:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.ensureFirstAdministrator(configuredPassword).ifPresent(issued -> {
            if (issued.password() == null) {
                log.info("Created the first administrator 'admin' with the password from QINGLIAN_ADMIN_PASSWORD");
            } else {
                log.warn(
                        "Created the first administrator 'admin' with the one-time password: {} "
                                + "(it must be changed at first sign-in; set QINGLIAN_ADMIN_PASSWORD to choose one)",
                        issued.password());
            }
        });
    }
}
