package com.qinglian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.QinglianApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code generate} as an operator runs it: the application without a web server on an empty database (here a
 * fresh H2 one), migrated and given the seed rubric by the start-up, then filled; a second run under the same
 * campaign code is refused and writes nothing.
 */
class GenerateCommandIntegrationTest {

    @Test
    void fillsAnEmptyDatabaseAndRefusesTheSameCampaignTwice() throws Exception {
        String url = "jdbc:h2:mem:generate-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE,MONTH;"
                + "DB_CLOSE_DELAY=-1";
        String[] args = {
            "generate",
            "--units",
            "7",
            "--campaign=cli7",
            "--spring.datasource.url=" + url,
            "--qinglian.data-dir=target/test-data/generate-" + UUID.randomUUID(),
            "--QINGLIAN_ADMIN_PASSWORD=Generate-Admin-Pass-1"
        };
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(
                QinglianApplication.class, new PrintStream(output, true, StandardCharsets.UTF_8), args);
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(GenerateCommand.DONE);
        assertThat(printed).contains("已生成考评 cli7:机关 3 个、站所 4 个", "Generated campaign cli7: 3 agencies, 4 stations");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(GenerateCommand.run(
                        QinglianApplication.class, new PrintStream(again, true, StandardCharsets.UTF_8), args))
                .isEqualTo(GenerateCommand.REFUSED);
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("未生成", "exists already");

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet units = connection
                        .createStatement()
                        .executeQuery("SELECT COUNT(*) FROM unit WHERE code LIKE 'cli7-%'")) {
            units.next();
            assertThat(units.getInt(1)).isEqualTo(7);
        }
    }
}
