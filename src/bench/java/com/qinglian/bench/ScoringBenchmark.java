package com.qinglian.bench;

import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.scoring.CaseInput;
import com.qinglian.scoring.ItemInput;
import com.qinglian.scoring.ScoredUnit;
import com.qinglian.scoring.ScoringEngine;
import com.qinglian.scoring.ScoringResult;
import com.qinglian.scoring.Settings;
import com.qinglian.scoring.Veto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Scores a whole district-sized campaign many times over: 50,000 units on the seed rubric, every
 * item scored (a few below full marks, a few missing), one unit in ten with negative-list cases,
 * the default grade bands, a period and a veto. Single-threaded; the target is under 1 s per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgs = {"-Xms3g", "-Xmx3g"})
public class ScoringBenchmark {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final String[] RULES = {"FORM1", "FORM2", "FORM3", "DISSATISFIED"};

    @Param("50000")
    int unitCount;

    private Rubric rubric;
    private List<ScoredUnit> units;
    private List<ItemInput> inputs;
    private List<CaseInput> cases;
    private Settings settings;

    @Setup(Level.Trial)
    public void buildCampaign() {
        rubric = BuiltInRubrics.ouhai2021();
        Random random = new Random(2021);
        units = new ArrayList<>(unitCount);
        inputs = new ArrayList<>(unitCount * 67);
        cases = new ArrayList<>();
        List<RubricNode> items = rubric.items();
        for (int u = 0; u < unitCount; u++) {
            String code = String.format("U%05d", u);
            units.add(new ScoredUnit(code, "单位" + u, u % 4 == 0 ? "station" : "agency"));
            for (RubricNode item : items) {
                int roll = random.nextInt(100);
                if (roll == 0) {
                    continue;
                }
                BigDecimal score = roll < 15 ? item.points().subtract(HALF) : item.points();
                inputs.add(new ItemInput(code, item.code(), score));
            }
            if (u % 10 == 0) {
                cases.add(new CaseInput(
                        code,
                        RULES[random.nextInt(RULES.length)],
                        1 + random.nextInt(2),
                        BigDecimal.ONE,
                        LocalDate.of(2021, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        null));
            }
        }
        settings = Settings.defaults()
                .withPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .withVetoes(List.of(
                        new Veto("第四种形态一票否决", Veto.Condition.onAnyCaseOf("FORM4"), Veto.Effect.CAP_GRADE, "不合格")));
    }

    @Benchmark
    public ScoringResult scoreCampaign() {
        return ScoringEngine.score(rubric, units, inputs, cases, settings);
    }
}
