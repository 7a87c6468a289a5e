package com.qinglian.scoring.cli;

import com.qinglian.rubric.Rubric;
import com.qinglian.scoring.AppliedCase;
import com.qinglian.scoring.ExplanationLine;
import com.qinglian.scoring.IgnoredCase;
import com.qinglian.scoring.NodeScore;
import com.qinglian.scoring.ScoringResult;
import com.qinglian.scoring.UnitResult;
import com.qinglian.shared.JsonText;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes the full results as JSON by hand: numbers stay exact decimals (never binary floating point),
 * and the field order is fixed so outputs can be compared as text.
 */
final class JsonResultWriter {

    private final Writer out;
    private final CliMessages messages;

    private JsonResultWriter(Writer out, CliMessages messages) {
        this.out = out;
        this.messages = messages;
    }

    static void write(Rubric rubric, ScoringResult result, CliMessages messages, Writer out) throws IOException {
        new JsonResultWriter(out, messages).document(rubric, result);
    }

    private void document(Rubric rubric, ScoringResult result) throws IOException {
        out.write("{\n  \"rubric\": {\"code\": " + text(rubric.code()) + ", \"version\": " + text(rubric.version())
                + ", \"title\": " + text(rubric.title()) + "},\n  \"units\": [");
        List<UnitResult> units = result.units();
        for (int i = 0; i < units.size(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            unit(units.get(i));
        }
        out.write("\n  ]\n}\n");
    }

    private void unit(UnitResult r) throws IOException {
        out.write("    {\"rank\": " + r.rank() + ", \"rankInType\": " + r.rankInType()
                + ", \"unit\": {\"code\": " + text(r.unit().code()) + ", \"name\": "
                + text(r.unit().name())
                + ", \"type\": " + text(r.unit().type()) + "},\n");
        out.write("     \"maxTotal\": " + number(r.maxTotal()) + ", \"itemsTotal\": " + number(r.itemsTotal())
                + ", \"deductionTotal\": " + number(r.deductionTotal()) + ", \"bonusTotal\": " + number(r.bonusTotal())
                + ", \"rawTotal\": " + number(r.rawTotal()) + ", \"total\": " + number(r.total())
                + ", \"normalisedTotal\": " + number(r.normalisedTotal()) + ",\n");
        out.write("     \"grade\": " + text(r.grade()) + ", \"vetoes\": " + texts(r.vetoes()) + ", \"missingItems\": "
                + texts(r.missingItems()) + ",\n");
        out.write("     \"cases\": [");
        String separator = "";
        for (AppliedCase applied : concat(r.deductions(), r.bonuses())) {
            out.write(separator + "{\"rule\": " + text(applied.rule().code()) + ", \"count\": "
                    + applied.input().count()
                    + ", \"multiplier\": " + number(applied.input().multiplier()) + ", \"date\": " + date(applied)
                    + ", \"reference\": " + text(applied.input().reference()) + ", \"points\": "
                    + number(applied.points()) + "}");
            separator = ", ";
        }
        out.write("],\n     \"ignoredCases\": [");
        separator = "";
        for (IgnoredCase ignored : r.ignoredCases()) {
            out.write(separator + "{\"rule\": " + text(ignored.input().ruleCode()) + ", \"count\": "
                    + ignored.input().count()
                    + ", \"date\": "
                    + text(
                            ignored.input().date() == null
                                    ? null
                                    : ignored.input().date().toString())
                    + ", \"reason\": " + text(ignored.reason()) + "}");
            separator = ", ";
        }
        out.write("],\n     \"nodes\": [");
        separator = "\n";
        for (NodeScore node : r.nodes()) {
            out.write(separator + "       {\"code\": " + text(node.code()) + ", \"level\": "
                    + text(node.level().key())
                    + ", \"applicable\": " + node.applicable() + ", \"score\": " + number(node.score())
                    + ", \"max\": " + number(node.max()) + ", \"input\": " + number(node.input()) + "}");
            separator = ",\n";
        }
        out.write("],\n     \"explanation\": [");
        separator = "\n";
        for (ExplanationLine line : r.explanation()) {
            // the words last, so the fields before stay where readers of earlier results expect them
            out.write(separator + "       {\"kind\": " + text(line.kind().name()) + ", \"code\": " + text(line.code())
                    + ", \"points\": " + number(line.points()) + ", \"detail\": " + text(line.detail())
                    + ", \"label\": " + text(messages.kindLabel(line.kind())) + "}");
            separator = ",\n";
        }
        out.write("]}");
    }

    private static List<AppliedCase> concat(List<AppliedCase> a, List<AppliedCase> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String date(AppliedCase applied) {
        return text(
                applied.input().date() == null ? null : applied.input().date().toString());
    }

    private static String number(BigDecimal value) {
        return value == null ? "null" : ResultRows.plain(value);
    }

    private static String texts(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(text(values.get(i)));
        }
        return out.append(']').toString();
    }

    static String text(String value) {
        return JsonText.quote(value);
    }
}
