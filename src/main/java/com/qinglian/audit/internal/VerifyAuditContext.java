package com.qinglian.audit.internal;

import com.qinglian.shared.KeyRing;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The little the verify-audit command needs: the configured database and the messages. No web server,
 * no migrations, no start-up jobs: verifying reads and never writes. Deliberately not a @Configuration,
 * so the application's component scan leaves it alone.
 */
@ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    JdbcClientAutoConfiguration.class,
    MessageSourceAutoConfiguration.class
})
@Import({AuditEntryRepository.class, KeyRing.class})
public class VerifyAuditContext {}
