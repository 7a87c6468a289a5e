package com.qinglian.rubric.web;

import com.qinglian.rubric.CaseRule;
import com.qinglian.rubric.CaseTerms;
import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Gate;
import com.qinglian.rubric.ItemRule;
import com.qinglian.rubric.NodeClause;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.NodeTerms;
import com.qinglian.rubric.PrintedTotal;
import com.qinglian.rubric.Rounding;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import com.qinglian.rubric.RubricTerms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * The rubric language's constructs in words, one line each, as the rubric page shows them beside the published
 * text: clauses, gates, clamps, applicability by tag and unit, variant blocks, default full marks, printed totals
 * that differ from their children's sum, rate and proportional roundings, case ranges, levels and multipliers,
 * rescaling and facts. What today's rubrics state (points, appliesTo by type, per-case amounts) is shown as before.
 */
final class RubricTermWords {

    private final MessageSource messages;
    private final Locale locale;
    private final Rubric rubric;

    RubricTermWords(MessageSource messages, Locale locale, Rubric rubric) {
        this.messages = messages;
        this.locale = locale;
        this.rubric = rubric;
    }

    /** A line and whether it is a warning (a printed figure the scoring does not follow as printed). */
    record Line(String text, boolean warning) {}

    /** The rubric as a whole: default full marks, the printed total, rescaling, facts. */
    List<Line> ofRubric() {
        RubricTerms terms = rubric.terms();
        List<Line> out = new ArrayList<>();
        if (terms.defaultFullMarks()) {
            out.add(line("rubric.words.defaultFullMarks.rubric"));
        }
        BigDecimal sum = sum(rubric.nodes());
        if (sum.compareTo(rubric.total()) != 0) {
            out.add(printedTotal("rubric.words.printedTotal.top", rubric.total(), sum, terms.printedTotals()));
        }
        if (terms.rescale() != null) {
            out.add(line(
                    terms.rescale().afterCases() ? "rubric.words.rescale.after" : "rubric.words.rescale.before",
                    plain(rubric.total()),
                    rounding(terms.rescale().rounding())));
        }
        terms.facts().forEach(f -> out.add(fact(f)));
        return out;
    }

    /** The lines of one node: applicability, variant blocks, default full marks, printed total, clamp, clauses, gates. */
    List<Line> ofNode(RubricNode node, RubricNode parent) {
        NodeTerms terms = node.terms();
        List<Line> out = new ArrayList<>();
        if (node.mode() == NodeMode.VARIANT) {
            out.add(line("rubric.words.variant"));
        }
        if (!terms.appliesToTags().isEmpty()) {
            out.add(line("rubric.words.appliesToTags", joined(terms.appliesToTags())));
        }
        if (!terms.appliesToUnits().isEmpty()) {
            out.add(line("rubric.words.appliesToUnits", joined(terms.appliesToUnits())));
        }
        if (parent != null && parent.mode() == NodeMode.VARIANT && !node.restricted()) {
            out.add(line("rubric.words.variantDefault"));
        }
        if (terms.defaultFullMarks() != null) {
            out.add(line(
                    terms.defaultFullMarks()
                            ? "rubric.words.defaultFullMarks.on"
                            : "rubric.words.defaultFullMarks.off"));
        }
        if (!node.isItem() && node.mode() == NodeMode.ADDITIVE) {
            BigDecimal sum = sum(node.children());
            if (sum.compareTo(node.points()) != 0) {
                PrintedTotal choice = terms.printedTotal() != null
                        ? terms.printedTotal()
                        : rubric.terms().printedTotals();
                out.add(printedTotal("rubric.words.printedTotal", node.points(), sum, choice));
            }
        }
        if (terms.clamp() != null) {
            BigDecimal min = terms.clamp().min() != null
                    ? terms.clamp().min()
                    : node.floor() != null ? node.floor() : BigDecimal.ZERO;
            BigDecimal max = terms.clamp().max() != null ? terms.clamp().max() : node.points();
            out.add(line("rubric.words.clamp", plain(min), plain(max)));
        }
        for (NodeClause clause : terms.clauses()) {
            CaseRule rule = clause.rule();
            out.add(line(
                    clause.adds() ? "rubric.words.clause.adds" : "rubric.words.clause.deducts",
                    rule.title(),
                    amounts(rule, clause.adds(), true)));
        }
        terms.gates().forEach(g -> out.add(gate(g)));
        if (node.isItem()) {
            itemRule(node).ifPresent(out::add);
        }
        return out;
    }

    /** The amounts of a negative-list ({@code adds} false) or bonus rule with a range, levels or multipliers, or null. */
    String ofCaseRule(CaseRule rule, boolean adds) {
        CaseTerms terms = rule.terms();
        if (terms.isNone()) {
            return null;
        }
        // a figure per case or once is in the table already: only the multipliers are news then
        return terms.isRange() || terms.byLevel() ? amounts(rule, adds, false) : multipliers(terms);
    }

    private java.util.Optional<Line> itemRule(RubricNode item) {
        if (item.rule() instanceof ItemRule.Rate rate) {
            return java.util.Optional.of(line(
                    rate.zeroTargetFull() ? "rubric.words.rate.zeroFull" : "rubric.words.rate.zeroNone",
                    rounding(rate.rounding() == null ? Rounding.STEP_DOWN : rate.rounding())));
        }
        if (item.rule() instanceof ItemRule.Proportional p && p.rounding() != null) {
            return java.util.Optional.of(line("rubric.words.proportional", plain(p.target()), rounding(p.rounding())));
        }
        return java.util.Optional.empty();
    }

    /**
     * What a case rule gives or takes: per case, once, a range, by level; its cap (unless the list's table shows it
     * already); its multipliers by type.
     */
    private String amounts(CaseRule rule, boolean adds, boolean withCap) {
        CaseTerms terms = rule.terms();
        List<String> parts = new ArrayList<>();
        if (terms.isRange()) {
            parts.add(text(
                    adds ? "rubric.words.amount.range.adds" : "rubric.words.amount.range.deducts",
                    plain(terms.rangeMin()),
                    plain(terms.rangeMax())));
        } else if (terms.byLevel()) {
            String levels = terms.levels().stream()
                    .map(l -> text("rubric.words.amount.level", l.name(), plain(l.points())))
                    .collect(Collectors.joining(text("rubric.words.listSeparator")));
            parts.add(text(
                    terms.combine() == CaseTerms.Combine.HIGHEST
                            ? "rubric.words.amount.levels.highest"
                            : "rubric.words.amount.levels.sum",
                    levels));
        } else if (rule.perCase() != null) {
            parts.add(text("rubric.words.amount.perCase", plain(rule.perCase())));
        } else if (rule.fixed() != null) {
            parts.add(text("rubric.words.amount.fixed", plain(rule.fixed())));
        }
        if (withCap && rule.cap() != null) {
            parts.add(text("rubric.words.amount.cap", plain(rule.cap())));
        }
        if (!terms.multipliers().isEmpty()) {
            parts.add(multipliers(terms));
        }
        return String.join(text("rubric.words.partSeparator"), parts);
    }

    private String multipliers(CaseTerms terms) {
        return terms.multipliers().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> text("rubric.words.amount.multiplier", unitType(e.getKey()), plain(e.getValue())))
                .collect(Collectors.joining(text("rubric.words.listSeparator")));
    }

    private Line gate(Gate gate) {
        Gate.Condition when = gate.when();
        String subject;
        String suffix = "";
        if (when.fact() != null) {
            FactRule fact = rubric.terms().fact(when.fact()).orElse(null);
            subject = fact == null ? when.fact() : fact.title();
            suffix = fact == null || fact.unit() == null ? "" : fact.unit();
        } else {
            subject = rubric.node(when.node())
                    .map(n -> text("rubric.words.gate.nodeScore", n.code() + " " + n.label()))
                    .orElse(when.node());
        }
        String condition;
        if (when.below() != null) {
            condition = text("rubric.words.gate.below", subject, plain(when.below()) + suffix);
        } else if (when.atLeast() != null) {
            condition = text("rubric.words.gate.atLeast", subject, plain(when.atLeast()) + suffix);
        } else {
            condition = subject;
        }
        return gate.cap().signum() == 0
                ? line("rubric.words.gate.nothing", condition)
                : line("rubric.words.gate.cap", condition, plain(gate.cap()));
    }

    private Line fact(FactRule fact) {
        String kind = fact.kind() == FactRule.Kind.YES_NO
                ? text("rubric.words.fact.yesNo")
                : fact.unit() == null
                        ? text("rubric.words.fact.number")
                        : text("rubric.words.fact.numberIn", fact.unit());
        if (fact.veto() == null) {
            return line("rubric.words.fact", fact.title(), kind);
        }
        String veto = switch (fact.veto().effect()) {
            case ZERO_TOTAL -> text("rubric.words.veto.zeroTotal");
            case CAP_GRADE -> text("rubric.words.veto.capGrade", fact.veto().grade());
            case SET_GRADE -> text("rubric.words.veto.setGrade", fact.veto().grade());
        };
        return line("rubric.words.fact.veto", fact.title(), kind, veto);
    }

    private Line printedTotal(String key, BigDecimal printed, BigDecimal sum, PrintedTotal choice) {
        String how = choice == null
                ? text("rubric.words.printedTotal.undeclared")
                : choice == PrintedTotal.SUM
                        ? text("rubric.words.printedTotal.sum")
                        : text("rubric.words.printedTotal.cap");
        return new Line(text(key, plain(printed), plain(sum), how), true);
    }

    private String rounding(Rounding rounding) {
        String to = rounding.to() == null ? plain(rubric.step()) : plain(rounding.to());
        return text("rubric.words.rounding." + rounding.modeKey(), to);
    }

    private String unitType(String key) {
        return messages.getMessage("unit.type." + key.toUpperCase(Locale.ROOT), null, key, locale);
    }

    private String joined(java.util.Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(text("rubric.words.listSeparator")));
    }

    private static BigDecimal sum(List<RubricNode> nodes) {
        return nodes.stream().map(RubricNode::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private Line line(String key, Object... args) {
        return new Line(text(key, args), false);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
