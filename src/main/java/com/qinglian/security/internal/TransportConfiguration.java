package com.qinglian.security.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Transport and host settings: redirects to the public address only, the {@code __Host-} session cookie
 * when the public address is HTTPS, and a data directory only the service account can read.
 */
@Configuration(proxyBeanMethods = false)
class TransportConfiguration {

    static final String HOST_COOKIE = "__Host-SESSION";

    private static final Logger log = LoggerFactory.getLogger(TransportConfiguration.class);

    @Bean
    FilterRegistrationBean<PublicAddressFilter> publicAddressFilter(
            @Value("${qinglian.public-url:${QINGLIAN_PUBLIC_URL:}}") String publicUrl) {
        FilterRegistrationBean<PublicAddressFilter> registration =
                new FilterRegistrationBean<>(new PublicAddressFilter(publicUrl));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Over HTTPS the session cookie is {@code __Host-SESSION}: Secure, path /, no Domain, so neither a sibling
     * host nor plain HTTP can set or read it. Over plain HTTP (local trial) browsers refuse that prefix, so the
     * cookie keeps its ordinary name there. Sessions live in the database (Spring Session), whose cookie
     * serializer writes the cookie: the servlet container's session cookie settings do not apply.
     */
    @Bean
    DefaultCookieSerializerCustomizer sessionCookie(
            @Value("${qinglian.public-url:${QINGLIAN_PUBLIC_URL:}}") String publicUrl) {
        return serializer -> {
            if (publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
                serializer.setCookieName(HOST_COOKIE);
                serializer.setUseSecureCookie(true);
                serializer.setCookiePath("/");
                serializer.setDomainName(null);
            }
        };
    }

    /** The data directory (embedded database, evidence, key file) readable by the service account only. */
    @Bean
    ApplicationRunner dataDirectoryPermissions(@Value("${qinglian.data-dir:./data}") String dataDir) {
        return (ApplicationArguments args) -> restrict(Path.of(dataDir));
    }

    static void restrict(Path dir) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            log.warn("No POSIX permissions on this file system: protect {} with the operating system", dir);
            return;
        }
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }
}
