package com.qinglian.results.report;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.results.ExplanationWords;
import com.qinglian.results.ResultRun;
import com.qinglian.results.UnitOutcome;
import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.support.StaticMessageSource;

/**
 * Writes the ranking workbook, the campaign workbook (unit × 67 items) and the ranking notice PDF for a campaign of
 * many units on the seed rubric, from synthetic rows (no database), to a byte-counting stream, and prints time,
 * size and peak heap. Run it with a small heap to show that the reports stream:
 * {@code java -Xmx128m -cp target/classes:target/test-classes:<dependencies> com.qinglian.results.report.ReportStreamingBenchmark 50000}.
 */
public final class ReportStreamingBenchmark {

    private ReportStreamingBenchmark() {}

    public static void main(String[] args) throws IOException {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Rubric rubric = BuiltInRubrics.ouhai2021();
        List<UnitOutcome> outcomes = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            BigDecimal total = BigDecimal.valueOf(100_000 - i, 3).max(BigDecimal.ZERO);
            outcomes.add(new UnitOutcome(
                    i,
                    "U" + i,
                    "瓯海区第" + i + "机关单位",
                    i % 3 == 0 ? "station" : "agency",
                    BigDecimal.valueOf(100),
                    total,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    total,
                    "合格",
                    List.of(),
                    i + 1,
                    i / 3 + 1));
        }
        Campaign campaign = new Campaign(
                "bench",
                "2021年度清廉机关(站所)建设评价",
                2021,
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31),
                rubric.code(),
                rubric.version(),
                CampaignStatus.REVIEW,
                null,
                List.of(),
                CampaignSettingsFormat.DEFAULT,
                0);
        ReportSource.Context context = new ReportSource.Context(
                campaign,
                rubric,
                new ResultRun(1, Instant.now(), "bench", "0".repeat(64), outcomes, List.of()),
                new ItemApplicability(rubric, Map::of),
                new ExplanationWords(new StaticMessageSource(), Locale.SIMPLIFIED_CHINESE, null));
        UnitRows rows = ReportStreamingBenchmark::rows;
        measure("ranking workbook", units, out -> RankingWorkbook.write(rows, context, out));
        measure(
                "campaign workbook",
                units,
                out -> CampaignWorkbook.write(rows, slice -> Map.of(), CaseIndex.of(List.of()), context, out));
        measure(
                "ranking notice PDF",
                units,
                out -> RankingNotice.write(PdfKit.load(), rows, context, "区直机关工委", LocalDate.now(), out));
    }

    /** Every node at a fixed score: the writers do not care what the numbers are. */
    private static void rows(List<UnitOutcome> outcomes, List<RubricNode> columns, Consumer<List<RankingRow>> batch) {
        List<BigDecimal> scores = columns.stream().map(c -> c.points()).toList();
        for (int from = 0; from < outcomes.size(); from += ReportSource.BATCH) {
            batch.accept(outcomes.subList(from, Math.min(outcomes.size(), from + ReportSource.BATCH)).stream()
                    .map(o -> RankingRow.of(o, scores))
                    .toList());
        }
    }

    private static void measure(String what, int units, Reports.Body body) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Counting out = new Counting();
        body.writeTo(out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                "%s, %,d units: %,d ms, %,d KB written, peak heap %,d MB (max heap %,d MB)%n",
                what,
                units,
                millis,
                out.count / 1024,
                peak / 1024 / 1024,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
