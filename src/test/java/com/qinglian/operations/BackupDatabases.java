package com.qinglian.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;

/**
 * The databases a backup is taken from and restored into, and the variables the backup scripts read for them.
 * On H2 both are files in their data directories, opened with the application's own default URL (the one
 * backup.sh must reach through AUTO_SERVER). On PostgreSQL, when the build runs the db tests there, two fresh
 * databases on the test server, dropped afterwards: the shared test database holds other tests' data.
 */
abstract class BackupDatabases implements AutoCloseable {

    static BackupDatabases forThisRun() {
        return "postgresql".equals(System.getProperty("qinglian.test.database")) ? new Postgres() : new H2();
    }

    abstract boolean isPostgres();

    /** The JDBC URL of the database kept with the given data directory (source or target). */
    abstract String url(Path dataDir, boolean target);

    /** The database variables of the scripts, as an operator would set them. */
    abstract Map<String, String> scriptVariables(boolean target);

    String user() {
        return System.getProperty("qinglian.test.datasource.username", "sa");
    }

    String password() {
        return System.getProperty("qinglian.test.datasource.password", "");
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {}

    private static final class H2 extends BackupDatabases {

        @Override
        boolean isPostgres() {
            return false;
        }

        /** spring.datasource.url of application.yml with QINGLIAN_DB_URL unset: what a default install opens. */
        @Override
        String url(Path dataDir, boolean target) {
            try {
                var yaml = new YamlPropertySourceLoader()
                        .load("application", new ClassPathResource("application.yml"))
                        .get(0);
                MutablePropertySources sources = new MutablePropertySources();
                sources.addFirst(new MapPropertySource(
                        "dataDir",
                        Map.of("qinglian.data-dir", dataDir.toAbsolutePath().toString())));
                return new PropertySourcesPropertyResolver(sources)
                        .resolveRequiredPlaceholders((String) yaml.getProperty("spring.datasource.url"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        Map<String, String> scriptVariables(boolean target) {
            return Map.of(); // the default URL, from QINGLIAN_DATA_DIR
        }

        @Override
        String user() {
            return "sa";
        }

        @Override
        String password() {
            return "";
        }
    }

    private static final class Postgres extends BackupDatabases {

        private final String server;
        private final String source;
        private final String target;
        private final List<String> created = new ArrayList<>();

        Postgres() {
            String url = System.getProperty("qinglian.test.datasource.url");
            server = url.substring(0, url.lastIndexOf('/') + 1);
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            source = "qinglian_backup_src_" + suffix;
            target = "qinglian_backup_dst_" + suffix;
            execute("CREATE DATABASE " + source);
            created.add(source);
            execute("CREATE DATABASE " + target);
            created.add(target);
        }

        @Override
        boolean isPostgres() {
            return true;
        }

        @Override
        String url(Path dataDir, boolean isTarget) {
            return server + (isTarget ? target : source);
        }

        @Override
        Map<String, String> scriptVariables(boolean isTarget) {
            Map<String, String> variables = new LinkedHashMap<>();
            variables.put("QINGLIAN_DB_URL", url(null, isTarget));
            variables.put("QINGLIAN_DB_USER", user());
            variables.put("QINGLIAN_DB_PASSWORD", password());
            return variables;
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(
                            System.getProperty("qinglian.test.datasource.url"), user(), password());
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        @Override
        public void close() {
            for (String db : created) {
                execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }
}
