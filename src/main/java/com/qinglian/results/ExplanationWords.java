package com.qinglian.results;

import com.qinglian.rubric.FactRule;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * An explanation line's detail in the words of a locale. The scoring engine writes each detail as a short formula
 * in English ("3 × 0.5 capped at 1", "floor 0", "gate: A1 = 2.5 < 3, at most 5"), and it stays stored as written;
 * this reads the engine's known phrases left to right and says each one in the locale's words. Numbers, codes,
 * dates and 文号 are carried over as written, and text it does not know passes through unchanged, so no detail
 * ever loses information. The phrases follow the engine's wording: when the engine says something new, add a row.
 */
public final class ExplanationWords {

    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";

    /** The engine's phrases, longest first where one begins another; {@code ^} and {@code $} are the detail's ends. */
    private static final List<Phrase> PHRASES = List.of(
            new Phrase(
                    "^gate: (\\S+) = " + NUMBER + "(?: \\((.*)\\))?((?: [<≥] -?[\\d.]+)*), at most " + NUMBER + "$",
                    ExplanationWords::gate),
            plain("^missing target$", "explanation.missingTarget"),
            plain("^missing$", "explanation.missing"),
            plain("^default full marks$", "explanation.defaultFullMarks"),
            plain("^dated outside the period$", "explanation.datedOutside"),
            plain("^count is 0$", "explanation.countZero"),
            plain("^capped at the printed total " + NUMBER + "$", "explanation.printedTotal"),
            plain("^capped at " + NUMBER + "$", "explanation.cappedAt"),
            plain("^floor " + NUMBER + "$", "explanation.floor"),
            plain("^rule cap " + NUMBER + "$", "explanation.ruleCap"),
            plain("^overall cap " + NUMBER + "$", "explanation.overallCap"),
            plain("^" + NUMBER + " below every tier$", "explanation.belowTiers"),
            plain("^fixed, already given\\b", "explanation.fixedGiven"),
            plain("^fixed\\b", "explanation.fixed"),
            plain("^a higher level counts instead\\b", "explanation.notHighest"),
            plain(" capped at " + NUMBER, "explanation.cappedAfter"),
            plain(" \\(chosen in " + NUMBER + "–" + NUMBER + "\\)", "explanation.chosenIn"),
            new Phrase(" × " + NUMBER + " \\(([a-z][a-z_-]*)\\)", ExplanationWords::unitType),
            plain(", highest level counts\\b", "explanation.highestLevel"),
            new Phrase(
                    ", rounded (halfUp|up|down) to " + NUMBER,
                    (words, m) -> words.say("explanation.rounded." + m.group(1), m.group(2))),
            plain(", target 0: full marks\\b", "explanation.targetZeroFull"),
            plain(", target 0: no marks\\b", "explanation.targetZeroNone"),
            new Phrase(" / ", (words, m) -> spaced(words.say("explanation.divide"))));

    private final MessageSource messages;
    private final Locale locale;
    private final Function<String, String> titles;

    /**
     * @param titles the title of a fact or node by its code (gates name them), null where there is none
     */
    public ExplanationWords(MessageSource messages, Locale locale, Function<String, String> titles) {
        this.messages = messages;
        this.locale = locale;
        this.titles = titles == null ? code -> null : titles;
    }

    /** Words whose gates name the rubric's facts and nodes by their titles. */
    public static ExplanationWords of(MessageSource messages, Locale locale, Rubric rubric) {
        return new ExplanationWords(
                messages,
                locale,
                code -> rubric.terms()
                        .fact(code)
                        .map(FactRule::title)
                        .or(() -> rubric.node(code).map(RubricNode::label))
                        .orElse(null));
    }

    /** The detail in this locale's words; null stays null. */
    public String words(String detail) {
        if (detail == null || detail.isEmpty()) {
            return detail;
        }
        StringBuilder out = new StringBuilder(detail.length() + 8);
        Matcher[] matchers = new Matcher[PHRASES.size()];
        for (int p = 0; p < matchers.length; p++) {
            // anchors mean the detail's own ends, not the end of the part still to read
            matchers[p] = PHRASES.get(p).pattern().matcher(detail).useAnchoringBounds(false);
            matchers[p].useTransparentBounds(true);
        }
        int at = 0;
        reading:
        while (at < detail.length()) {
            for (int p = 0; p < matchers.length; p++) {
                Matcher m = matchers[p].region(at, detail.length());
                if (m.lookingAt() && m.end() > at) {
                    String said = PHRASES.get(p).say().say(this, m);
                    out.append(said == null ? m.group() : said);
                    at = m.end();
                    continue reading;
                }
            }
            out.append(detail.charAt(at++));
        }
        return out.toString();
    }

    /** The message, or null where the locale has none (the engine's own text is kept then). */
    private String say(String key, Object... args) {
        return messages.getMessage(key, args, null, locale);
    }

    private static String spaced(String word) {
        return word == null ? null : " " + word + " ";
    }

    /** A type's multiplier names the type by its label, or by the engine's key where the type has none. */
    private static String unitType(ExplanationWords words, Matcher m) {
        String key = m.group(2);
        String label = words.messages.getMessage("unit.type." + key.toUpperCase(Locale.ROOT), null, null, words.locale);
        return words.say("explanation.unitType", m.group(1), label == null ? key : label);
    }

    private static String gate(ExplanationWords words, Matcher m) {
        String title = words.titles.apply(m.group(1));
        String basis = m.group(3) == null ? "" : words.say("explanation.gate.basis", m.group(3));
        if (basis == null) {
            return null;
        }
        return words.say(
                "explanation.gate", title == null ? m.group(1) : title, m.group(2), basis, m.group(4), m.group(5));
    }

    private static Phrase plain(String regex, String key) {
        return new Phrase(regex, (words, m) -> {
            Object[] args = new Object[m.groupCount()];
            for (int g = 0; g < args.length; g++) {
                args[g] = m.group(g + 1);
            }
            return words.say(key, args);
        });
    }

    private interface Say {
        String say(ExplanationWords words, Matcher match);
    }

    private record Phrase(Pattern pattern, Say say) {
        Phrase(String regex, Say say) {
            this(Pattern.compile(regex), say);
        }
    }
}
