package com.qinglian.bench;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.qinglian.demo.CampaignGenerator;
import com.qinglian.results.Results;
import com.qinglian.results.report.ReportStreamingBenchmark;
import com.qinglian.security.Role;
import com.qinglian.security.SecurityFixtures;
import com.qinglian.support.DatabaseTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmarks of docs/benchmarks.md run here at a small N, so that a change to what they call breaks the build
 * instead of the next measurement. Their figures are not checked: timing belongs to the benchmark commands.
 */
@DatabaseTest
class BenchmarksSmokeIntegrationTest {

    @Autowired
    CampaignGenerator generator;

    @Autowired
    Results results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRecomputeBenchmarkMeasuresAGeneratedCampaignAndStoresARunOfEveryUnit() {
        String code = "b" + UUID.randomUUID().toString().substring(0, 8);
        generator.generate(new CampaignGenerator.Options(12, 5, code, 2021));

        String printed = printed(() -> uploadAs(SecurityFixtures.signedIn("admin", Role.ADMIN, null), () -> {
            RecomputeBenchmark.measure(jdbc, results, code, 1);
            return null;
        }));

        assertThat(printed)
                .contains("SQL aggregate (rows fetched)")
                .containsPattern("reads: Results.inputs \\(item inputs\\) +\\d+ ms -> \\d+ item inputs, 12 units")
                .containsPattern("Results.compute \\(reads, engine, writes\\) +\\d+ ms")
                .contains("12 complete units, 0 incomplete");
        assertThat(results.stored(code).orElseThrow().outcomes()).hasSize(12);
    }

    @Test
    void theEngineBenchmarkScoresItsSyntheticCampaign() {
        ScoringBenchmark benchmark = new ScoringBenchmark();
        benchmark.unitCount = 40;
        benchmark.buildCampaign();

        assertThat(benchmark.scoreCampaign().units()).hasSize(40);
    }

    @Test
    void theReportBenchmarkWritesTheThreeReports() {
        String printed = printed(() -> {
            try {
                ReportStreamingBenchmark.main(new String[] {"30"});
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });

        assertThat(printed)
                .containsPattern("ranking workbook, 30 units: [\\d,]+ ms, [1-9][\\d,]* KB written")
                .containsPattern("campaign workbook, 30 units: [\\d,]+ ms, [1-9][\\d,]* KB written")
                .containsPattern("ranking notice PDF, 30 units: [\\d,]+ ms, [1-9][\\d,]* KB written");
    }

    private static String printed(java.util.function.Supplier<?> work) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            work.get();
        } finally {
            System.setOut(original);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }
}
