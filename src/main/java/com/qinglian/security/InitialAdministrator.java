package com.qinglian.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The first administrator, {@code admin}. There is no default password: it comes from
 * {@code QINGLIAN_ADMIN_PASSWORD}, or a random one is generated and logged once.
 */
@Configuration(proxyBeanMethods = false)
class InitialAdministrator {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    @Bean
    UserDetailsService userDetailsService(
            PasswordEncoder encoder, @Value("${QINGLIAN_ADMIN_PASSWORD:}") String configured) {
        String password = configured;
        if (password.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("Generated password for the first administrator 'admin': {} (set QINGLIAN_ADMIN_PASSWORD to choose one)", password);
        }
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password(encoder.encode(password)).roles("ADMIN").build());
    }
}
