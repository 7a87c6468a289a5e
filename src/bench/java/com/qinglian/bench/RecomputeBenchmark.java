package com.qinglian.bench;

import com.qinglian.QinglianApplication;
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.scoring.ScoringEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recomputes a stored campaign's results through {@link Results#compute} (reads, engine, writes) and times it
 * against one plain SQL aggregate over the same scores (each unit's sum of its items' final scores, the evaluators'
 * scores averaged per item), in one run, on the configured database (QINGLIAN_DB_URL and so on, as the
 * application). Also times the reads ({@link Results#inputs}) and one engine run alone, so the writes follow by
 * difference. Prints the load average beside every figure. Each run stores a new result run (old ones stay).
 *
 * <p>{@code java -Xmx2g -cp target/classes:target/test-classes:<dependencies> com.qinglian.bench.RecomputeBenchmark
 * CAMPAIGN [ROUNDS]}
 */
public final class RecomputeBenchmark {

    private static final String AGGREGATE = """
            SELECT unit_code, SUM(item_score) AS total
              FROM (SELECT unit_code, item_code, AVG(score) AS item_score
                      FROM evaluator_score
                     WHERE campaign_id = (SELECT id FROM campaign WHERE code = ?)
                     GROUP BY unit_code, item_code) AS final_items
             GROUP BY unit_code
            """;

    private RecomputeBenchmark() {}

    public static void main(String[] args) {
        String campaign = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QinglianApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN"))
                .run()) {
            measure(context.getBean(JdbcClient.class), context.getBean(Results.class), campaign, rounds);
            System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks): %d MB%n", peakHeapMb());
        }
    }

    /** The figures of one run, printed; the smoke test calls it on a small generated campaign. */
    static void measure(JdbcClient jdbc, Results results, String campaign, int rounds) {
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("-- round %d%n", round);
            time(
                    "SQL aggregate (rows fetched)",
                    () -> jdbc.sql(AGGREGATE)
                            .param(campaign)
                            .query((rs, n) -> rs.getBigDecimal("total"))
                            .list()
                            .size());
            Results.Inputs inputs = time("reads: Results.inputs (item inputs)", () -> results.inputs(campaign));
            time(
                    "engine: ScoringEngine.score (units)",
                    () -> ScoringEngine.score(
                                    inputs.rubric(), inputs.units(), inputs.items(), inputs.cases(), inputs.settings())
                            .units()
                            .size());
            ResultRun run = time("Results.compute (reads, engine, writes)", () -> results.compute(campaign));
            System.out.printf(
                    "   run %d: %d complete units, %d incomplete%n",
                    run.id(), run.outcomes().size(), run.incomplete().size());
            time(
                    "SQL aggregate again (rows fetched)",
                    () -> jdbc.sql(AGGREGATE)
                            .param(campaign)
                            .query((rs, n) -> rs.getBigDecimal("total"))
                            .list()
                            .size());
        }
    }

    private static <T> T time(String what, Supplier<T> work) {
        String before = load();
        long start = System.nanoTime();
        T value = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        String shown = value instanceof Number || value instanceof String ? " -> " + value : "";
        if (value instanceof Results.Inputs i) {
            shown = " -> " + i.items().size() + " item inputs, " + i.units().size() + " units";
        }
        System.out.printf(Locale.ROOT, "%-42s %8d ms%s   [load %s -> %s]%n", what, ms, shown, before, load());
        return value;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .map(MemoryPoolMXBean::getPeakUsage)
                        .mapToLong(u -> u.getUsed())
                        .sum()
                / (1024 * 1024);
    }
}
