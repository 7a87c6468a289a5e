package com.qinglian.shell;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/** Registers the upload-limit answer ahead of Spring Security (whose filters sit at order -100). */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    static final int BEFORE_SECURITY = -110;

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
            MessageSource messages,
            LocaleResolver localeResolver,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(messages, localeResolver, maxFileSize));
        registration.setOrder(BEFORE_SECURITY);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
