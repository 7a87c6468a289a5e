package com.qinglian.operations;

import com.qinglian.QinglianApplication;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes in one JVM, each a full application with its own web server on a random port, sharing
 * one database: the PostgreSQL database of the build when it runs the db tests there, otherwise one in-memory
 * H2 database that both open by name. Each node has its own data directory, as separate machines would.
 */
final class TwoNodes implements AutoCloseable {

    final ConfigurableApplicationContext first;
    final ConfigurableApplicationContext second;

    private TwoNodes(ConfigurableApplicationContext first, ConfigurableApplicationContext second) {
        this.first = first;
        this.second = second;
    }

    static TwoNodes start(Map<String, Object> extra) {
        String url = System.getProperty("qinglian.test.datasource.url");
        if (url == null) {
            url = "jdbc:h2:mem:two-nodes-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "NON_KEYWORDS=YEAR,VALUE,MONTH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        }
        ConfigurableApplicationContext first = node(url, extra);
        try {
            return new TwoNodes(first, node(url, extra));
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext node(String url, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("server.port", "0");
        properties.put("management.server.port", "0");
        properties.put("qinglian.test.datasource.url", url);
        properties.put("qinglian.data-dir", "target/test-data/node-" + UUID.randomUUID());
        // as command-line arguments: they must win over application.yml, as a node's own settings do
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(QinglianApplication.class)
                .profiles("test")
                .run(arguments);
    }

    static String baseUrl(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    static String managementUrl(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.management.port");
    }

    @Override
    public void close() {
        second.close();
        first.close();
    }
}
