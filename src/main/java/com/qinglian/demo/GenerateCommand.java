package com.qinglian.demo;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar qinglian.jar generate --units N [--seed S] [--campaign CODE] [--year Y]}: fills the configured
 * database (the application's own variables: H2 by default, PostgreSQL with QINGLIAN_DB_URL) with a synthetic
 * campaign, see {@link CampaignGenerator}. Starts the application without a web server (so migrations run and the
 * seed rubric is installed on an empty database), generates, prints what it wrote and exits. Exit status 0 when
 * written; 1 when the options are wrong or the campaign exists (nothing written); 2 when it could not run.
 */
public final class GenerateCommand {

    public static final String NAME = "generate";
    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int CANNOT_RUN = 2;

    private GenerateCommand() {}

    public static int run(Class<?> application, String... args) {
        return run(
                application,
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                args);
    }

    static int run(Class<?> application, PrintStream out, String... args) {
        CampaignGenerator.Options options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            out.println("参数有误:" + e.getMessage());
            out.println("Wrong usage: " + e.getMessage());
            out.println("usage: generate --units N [--seed S] [--campaign CODE] [--year YEAR]");
            return REFUSED;
        }
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.main.banner-mode", "off",
                "spring.main.log-startup-info", "false",
                "logging.level.root", "WARN"));
        if (databaseUrl(args).startsWith("jdbc:postgresql:")) {
            // the driver then sends a batch as multi-row INSERTs: several times faster than row by row
            properties.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run(Arrays.copyOfRange(args, 1, args.length))) {
            CampaignGenerator.Summary summary =
                    context.getBean(CampaignGenerator.class).generate(options);
            double seconds = summary.took().toMillis() / 1000.0;
            out.printf(
                    Locale.ROOT,
                    "已生成考评 %s:机关 %d 个、站所 %d 个,考评员 %d 名;自评 %d 项,评分 %d 条,佐证材料(仅元数据)%d 个,"
                            + "负面清单案件 %d 件;用时 %.1f 秒。结果尚未计算。%n",
                    summary.campaign(),
                    summary.agencies(),
                    summary.stations(),
                    summary.evaluators(),
                    summary.selfItems(),
                    summary.evaluatorScores(),
                    summary.evidenceFiles(),
                    summary.cases(),
                    seconds);
            out.printf(
                    Locale.ROOT,
                    "Generated campaign %s: %d agencies, %d stations, %d evaluators; %d self-assessed items, %d scores,"
                            + " %d evidence files (metadata only), %d negative-list cases in %.1f s. Results are not"
                            + " computed yet.%n",
                    summary.campaign(),
                    summary.agencies(),
                    summary.stations(),
                    summary.evaluators(),
                    summary.selfItems(),
                    summary.evaluatorScores(),
                    summary.evidenceFiles(),
                    summary.cases(),
                    seconds);
            return DONE;
        } catch (IllegalArgumentException e) {
            out.println("未生成:" + e.getMessage());
            out.println("Nothing generated: " + e.getMessage());
            return REFUSED;
        } catch (RuntimeException e) {
            out.println("无法生成模拟数据:" + e.getMessage());
            out.println("Could not generate: " + e.getMessage());
            return CANNOT_RUN;
        }
    }

    /** The generator's options from {@code --name value} or {@code --name=value}; other options go to Spring. */
    static CampaignGenerator.Options options(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            for (String name : new String[] {"units", "seed", "campaign", "year"}) {
                if (arg.equals("--" + name) && i + 1 < args.length) {
                    given.put(name, args[++i]);
                } else if (arg.startsWith("--" + name + "=")) {
                    given.put(name, arg.substring(name.length() + 3));
                }
            }
        }
        if (!given.containsKey("units")) {
            throw new IllegalArgumentException("--units is required");
        }
        long seed = number(given.getOrDefault("seed", "1"), "--seed");
        return new CampaignGenerator.Options(
                (int) Math.min(Integer.MAX_VALUE, Math.max(Integer.MIN_VALUE, number(given.get("units"), "--units"))),
                seed,
                given.getOrDefault("campaign", "gen" + seed),
                (int) number(given.getOrDefault("year", "2021"), "--year"));
    }

    private static long number(String text, String option) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number: " + text);
        }
    }

    private static String databaseUrl(String... args) {
        for (String arg : args) {
            if (arg.startsWith("--spring.datasource.url=")) {
                return arg.substring("--spring.datasource.url=".length());
            }
        }
        String configured = System.getenv("QINGLIAN_DB_URL");
        return configured == null ? "" : configured;
    }
}
