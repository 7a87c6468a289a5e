package com.qinglian.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a rubric's structure and arithmetic; pure, and reports every problem with the node it concerns. */
public final class RubricValidator {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private RubricValidator() {}

    public static List<RubricProblem> validate(Rubric rubric) {
        List<RubricProblem> problems = new ArrayList<>();
        checkHeader(rubric, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<String> seen = new HashSet<>();
        rubric.allNodes().forEach(node -> checkNode(rubric, node, seen, problems));
        BigDecimal sum = sum(rubric.nodes());
        if (rubric.nodes().isEmpty()) {
            problems.add(RubricProblem.of("", "rubric.error.noNodes"));
        } else if (sum.compareTo(rubric.total()) != 0 && rubric.terms().printedTotals() == null) {
            problems.add(RubricProblem.of("", "rubric.error.totalMismatch", plain(rubric.total()), plain(sum)));
        }
        RubricLanguageChecks language = new RubricLanguageChecks(rubric, seen, problems);
        checkRules(rubric.negativeList(), seen, problems, language);
        checkRules(rubric.bonus(), seen, problems, language);
        language.run();
        return problems;
    }

    /**
     * What a valid rubric states that the organiser should look at, though it scores: printed totals that differ from
     * their children's sum under a declared choice, deduction items that can never take anything, variant nodes
     * without a default block. Never a reason to refuse the rubric.
     */
    public static List<RubricProblem> warnings(Rubric rubric) {
        return RubricWarnings.of(rubric);
    }

    /** How the node's printed points score when they differ from its children's sum: its own choice, else the rubric's. */
    public static PrintedTotal printedTotalChoice(Rubric rubric, RubricNode node) {
        return node.terms().printedTotal() != null
                ? node.terms().printedTotal()
                : rubric.terms().printedTotals();
    }

    /**
     * Whether a printed figure differs from what it adds up: an additive node's points from its children's sum, or the
     * rubric's total from its top-level nodes. Importers of published tables declare {@code printedTotals: sum} then.
     */
    public static boolean hasPrintedTotalMismatch(Rubric rubric) {
        return (!rubric.nodes().isEmpty()
                        && rubric.total() != null
                        && sum(rubric.nodes()).compareTo(rubric.total()) != 0)
                || rubric.allNodes().anyMatch(RubricValidator::printedDiffers);
    }

    /** An additive node whose points differ from its children's sum. */
    static boolean printedDiffers(RubricNode node) {
        return !node.isItem()
                && node.mode() == NodeMode.ADDITIVE
                && !node.children().isEmpty()
                && node.points() != null
                && sum(node.children()).compareTo(node.points()) != 0;
    }

    /** Throws {@link RubricInvalidException} listing every problem, or returns the rubric unchanged. */
    public static Rubric requireValid(Rubric rubric) {
        List<RubricProblem> problems = validate(rubric);
        if (!problems.isEmpty()) {
            throw new RubricInvalidException(problems);
        }
        return rubric;
    }

    private static void checkHeader(Rubric rubric, List<RubricProblem> problems) {
        if (rubric.code() == null || !CODE.matcher(rubric.code()).matches()) {
            problems.add(RubricProblem.of("code", "rubric.error.badRubricCode", String.valueOf(rubric.code())));
        }
        if (isBlank(rubric.version()) || !CODE.matcher(rubric.version()).matches()) {
            problems.add(RubricProblem.of("version", "rubric.error.badVersion", String.valueOf(rubric.version())));
        }
        if (isBlank(rubric.title())) {
            problems.add(RubricProblem.of("title", "rubric.error.missing", "title"));
        }
        if (rubric.total() == null || rubric.total().signum() <= 0) {
            problems.add(RubricProblem.of("total", "rubric.error.badTotal", String.valueOf(rubric.total())));
        }
        if (rubric.step().signum() <= 0) {
            problems.add(RubricProblem.of("step", "rubric.error.badStep", plain(rubric.step())));
        }
    }

    private static void checkNode(Rubric rubric, RubricNode node, Set<String> seen, List<RubricProblem> problems) {
        String where = node.code() == null ? "?" : node.code();
        if (node.code() == null || !CODE.matcher(node.code()).matches()) {
            problems.add(RubricProblem.of(where, "rubric.error.badNodeCode", String.valueOf(node.code())));
        } else if (!seen.add(node.code())) {
            problems.add(RubricProblem.of(where, "rubric.error.duplicateCode", node.code()));
        }
        if (node.level() == null) {
            problems.add(RubricProblem.of(where, "rubric.error.missing", "level"));
            return;
        }
        if (isBlank(node.title()) && isBlank(node.text())) {
            problems.add(RubricProblem.of(where, "rubric.error.noText"));
        }
        if (node.points() == null) {
            problems.add(RubricProblem.of(where, "rubric.error.missing", "points"));
            return;
        }
        if (node.points().signum() < 0) {
            problems.add(RubricProblem.of(where, "rubric.error.negativePoints", plain(node.points())));
        } else if (!isMultiple(node.points(), rubric.step())) {
            problems.add(RubricProblem.of(where, "rubric.error.offStep", plain(node.points()), plain(rubric.step())));
        }
        if (node.isItem()) {
            if (!node.children().isEmpty()) {
                problems.add(RubricProblem.of(where, "rubric.error.itemWithChildren"));
            }
            checkItemRule(node, problems);
            return;
        }
        if (node.children().isEmpty()) {
            problems.add(RubricProblem.of(
                    where, "rubric.error.emptyNode." + node.level().key()));
            return;
        }
        if (node.mode() == NodeMode.DEDUCT) {
            node.children().stream()
                    .filter(c -> !(c.isItem() && c.rule() instanceof ItemRule.Deduction))
                    .forEach(c -> problems.add(RubricProblem.of(c.code(), "rubric.error.deductChild", where)));
            return;
        }
        if (node.mode() == NodeMode.VARIANT) {
            // each child is one unit's own block, worth the whole node
            node.children().stream()
                    .filter(c -> c.points() != null && c.points().compareTo(node.points()) != 0)
                    .forEach(c -> problems.add(RubricProblem.of(
                            c.code(), "rubric.error.variantPoints", where, plain(c.points()), plain(node.points()))));
            return;
        }
        BigDecimal sum = sum(node.children());
        if (sum.compareTo(node.points()) != 0 && printedTotalChoice(rubric, node) == null) {
            problems.add(RubricProblem.of(where, "rubric.error.sumMismatch", plain(node.points()), plain(sum)));
        }
    }

    private static void checkItemRule(RubricNode item, List<RubricProblem> problems) {
        String where = item.code();
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Deduction d) {
            if (d.perCase() == null || d.perCase().signum() <= 0) {
                problems.add(RubricProblem.of(where, "rubric.error.rulePositive", "perCase"));
            }
            if (d.cap() != null && d.cap().signum() < 0) {
                problems.add(RubricProblem.of(where, "rubric.error.rulePositive", "cap"));
            }
        } else if (rule instanceof ItemRule.Threshold t && t.threshold() == null) {
            problems.add(RubricProblem.of(where, "rubric.error.missing", "threshold"));
        } else if (rule instanceof ItemRule.Proportional p
                && (p.target() == null || p.target().signum() <= 0)) {
            problems.add(RubricProblem.of(where, "rubric.error.rulePositive", "target"));
        } else if (rule instanceof ItemRule.Tiered t) {
            if (t.tiers().isEmpty()) {
                problems.add(RubricProblem.of(where, "rubric.error.missing", "tiers"));
            }
            t.tiers().stream()
                    .filter(tier -> tier.points().signum() < 0 || tier.points().compareTo(item.points()) > 0)
                    .forEach(tier -> problems.add(RubricProblem.of(
                            where, "rubric.error.tierPoints", plain(tier.points()), plain(item.points()))));
        }
    }

    private static void checkRules(
            RuleSet set, Set<String> seen, List<RubricProblem> problems, RubricLanguageChecks language) {
        if (set.cap() != null && set.cap().signum() < 0) {
            problems.add(RubricProblem.of("", "rubric.error.rulePositive", "cap"));
        }
        for (CaseRule rule : set.rules()) {
            String where = rule.code() == null ? "?" : rule.code();
            if (rule.code() == null || !CODE.matcher(rule.code()).matches()) {
                problems.add(RubricProblem.of(where, "rubric.error.badNodeCode", String.valueOf(rule.code())));
            } else if (!seen.add(rule.code())) {
                problems.add(RubricProblem.of(where, "rubric.error.duplicateCode", rule.code()));
            }
            if (isBlank(rule.title())) {
                problems.add(RubricProblem.of(where, "rubric.error.noText"));
            }
            language.checkCaseRule(rule, false);
            if (rule.cap() != null && rule.cap().signum() < 0) {
                problems.add(RubricProblem.of(where, "rubric.error.rulePositive", "cap"));
            }
        }
    }

    /** The points of the given nodes added up; nodes without points count nothing. */
    public static BigDecimal sum(List<RubricNode> nodes) {
        return nodes.stream().map(RubricNode::points).filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static boolean isMultiple(BigDecimal value, BigDecimal step) {
        return value.remainder(step).signum() == 0;
    }

    static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
