package com.qinglian.demo;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Deadlines;
import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.Rubric;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the database with a synthetic campaign on the seed rubric, for benchmarks and trials at province scale:
 * one unit in three an agency, the rest its stations; every unit self-assessed and submitted with evidence
 * metadata (no file content); each unit scored on every item by a lead and a second evaluator (teams of two per
 * hundred units), the organiser-only items (综合评价) by the first administrator; negative-list cases at the rates
 * of {@link SyntheticChoices}. The campaign is left in review, results not computed. One transaction: the whole
 * campaign or nothing. Rows go in JDBC batches, bypassing the services (and their per-row audit entries); one
 * audit entry (GENERATE) records the run. Generated evaluator accounts have a password nobody knows.
 */
@Component
public class CampaignGenerator {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,19}");
    public static final int MAX_UNITS = 1_000_000;
    static final String ORGANISER_NODE = "A5";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    CampaignGenerator(
            DataSource dataSource, JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** What to generate: {@code units} units in campaign {@code code} of {@code year}, drawn from {@code seed}. */
    public record Options(int units, long seed, String code, int year) {

        public Options {
            if (units < 1 || units > MAX_UNITS) {
                throw new IllegalArgumentException("--units must be between 1 and " + MAX_UNITS + ": " + units);
            }
            if (code == null || !CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(
                        "--campaign must be 1-20 letters, digits, dashes or underscores: " + code);
            }
            if (year < 2000 || year > 2100) {
                throw new IllegalArgumentException("--year must be between 2000 and 2100: " + year);
            }
        }
    }

    /** What was written. */
    public record Summary(
            String campaign,
            int agencies,
            int stations,
            int evaluators,
            long selfItems,
            long evaluatorScores,
            long evidenceFiles,
            long cases,
            Duration took) {}

    @Transactional
    public Summary generate(Options options) {
        long started = System.nanoTime();
        Rubric rubric = BuiltInRubrics.ouhai2021();
        requireReady(options, rubric);
        String organiser = jdbc
                .sql("SELECT username FROM app_user WHERE role = 'ADMIN' AND active ORDER BY id")
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no active administrator to score 综合评价"));
        Campaign campaign = new Campaign(
                options.code(),
                options.year() + " 年度清廉机关建设评价(模拟数据 " + options.units() + " 个单位)",
                options.year(),
                LocalDate.of(options.year(), 1, 1),
                LocalDate.of(options.year(), 12, 31),
                rubric.code(),
                rubric.version(),
                CampaignStatus.REVIEW,
                new Deadlines(LocalDate.of(options.year(), 11, 30), LocalDate.of(options.year(), 12, 15), null),
                List.of(ORGANISER_NODE),
                CampaignSettingsFormat.DEFAULT,
                0);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Summary summary = new SyntheticCampaignWriter(
                            connection, jdbc, passwords, clock.instant(), options, rubric, campaign, organiser)
                    .write(started);
            audit.record(AuditEvent.of(
                    AuditActions.GENERATE,
                    "campaign",
                    options.code(),
                    null,
                    Map.of(
                            "units",
                            options.units(),
                            "seed",
                            options.seed(),
                            "evaluatorScores",
                            summary.evaluatorScores(),
                            "cases",
                            summary.cases())));
            return summary;
        } catch (SQLException e) {
            throw new IllegalStateException("generating " + options.code() + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void requireReady(Options options, Rubric rubric) {
        int installed = jdbc.sql("SELECT COUNT(*) FROM rubric WHERE code = ? AND version = ?")
                .params(rubric.code(), rubric.version())
                .query(Integer.class)
                .single();
        if (installed == 0) {
            throw new IllegalStateException("the seed rubric is not installed: start the application once first");
        }
        int taken = jdbc.sql("SELECT COUNT(*) FROM campaign WHERE code = ?")
                        .param(options.code())
                        .query(Integer.class)
                        .single()
                + jdbc.sql("SELECT COUNT(*) FROM unit WHERE code LIKE ?")
                        .param(options.code() + "-%")
                        .query(Integer.class)
                        .single();
        if (taken > 0) {
            throw new IllegalArgumentException(
                    "campaign " + options.code() + " (or units named after it) exists already");
        }
    }
}
