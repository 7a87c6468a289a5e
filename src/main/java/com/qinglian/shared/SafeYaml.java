package com.qinglian.shared;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one way YAML from users is loaded (rubrics, campaign and engine settings): valid UTF-8 only, a safe
 * constructor (no object tags), duplicate keys refused, and limits checked on the parser's events before anything
 * is built ({@link YamlLimits}: aliases, self-reference, nesting, expanded size), so an anchor bomb or a
 * self-referencing alias is refused with its line instead of exhausting the heap or the stack. Every scalar but
 * {@code null} is kept as text, so {@code 010} stays "010" and dates and numbers are converted by
 * {@link YamlFields}, not guessed by the parser.
 */
public final class SafeYaml {

    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 40;

    private SafeYaml() {}

    /** Most aliases ({@code *name}) a document may use. */
    public static int maxAliases() {
        return MAX_ALIASES;
    }

    /** Deepest nesting of mappings and lists a document may have. */
    public static int maxNesting() {
        return MAX_NESTING;
    }

    /**
     * The text was not well-formed YAML, not UTF-8, or broke a limit. {@link #line()} and {@link #column()} are
     * 1-based (0 when unknown), {@link #key()} the innermost mapping key at the place (empty at the top), and
     * {@link #detail()} the parser's own words (English) for {@link Kind#SYNTAX}.
     */
    public static final class SyntaxException extends RuntimeException {

        /** What is wrong. */
        public enum Kind {
            NOT_UTF8,
            DUPLICATE_KEY,
            TOO_MANY_ALIASES,
            SELF_REFERENCE,
            TOO_DEEP,
            TOO_LARGE,
            /** A tab where YAML wants spaces. */
            TAB,
            /** A key and value where none may stand (usually wrong indentation or an unquoted colon). */
            MAPPING_NOT_ALLOWED,
            /** A quoted text that is never closed. */
            UNCLOSED_QUOTE,
            /** An alias to an anchor that does not exist. */
            UNKNOWN_ALIAS,
            /** A control character (NUL, ESC, BEL...) in the text. */
            CONTROL_CHARACTER,
            /** Any other syntax error; see {@link #detail()}. */
            SYNTAX
        }

        private final Kind kind;
        private final int line;
        private final int column;
        private final String key;
        private final String detail;

        SyntaxException(Kind kind, int line, int column, String key, String detail, Throwable cause) {
            super(
                    "line " + line + ", column " + column + (key == null || key.isEmpty() ? "" : " (key " + key + ")")
                            + ": " + kind + (detail == null || detail.isEmpty() ? "" : " - " + detail),
                    cause);
            this.kind = kind;
            this.line = line;
            this.column = column;
            this.key = key == null ? "" : key;
            this.detail = detail == null ? "" : detail;
        }

        public Kind kind() {
            return kind;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        public String key() {
            return key;
        }

        public String detail() {
            return detail;
        }
    }

    /**
     * Loads one UTF-8 document: a {@code Map}, {@code List}, {@code String} or null (an empty document).
     * Callers cap the size first; {@code maxBytes} is the parser's own limit behind that, and twice it the
     * largest the document may grow to once its aliases are expanded.
     *
     * @throws SyntaxException when the text is not UTF-8 or not YAML, repeats a key, or breaks a limit
     */
    public static Object load(byte[] content, int maxBytes) {
        String text = utf8(content);
        YamlLimits limits = new YamlLimits(MAX_ALIASES, MAX_NESTING, 2L * maxBytes);
        try {
            limits.check(parser(maxBytes).parse(new StringReader(text)));
            return parser(maxBytes).load(new StringReader(text));
        } catch (YamlLimits.Broken e) {
            throw new SyntaxException(e.kind, e.line, e.column, e.key, "", e);
        } catch (ReaderException e) {
            int[] place = place(text, e.getPosition());
            throw new SyntaxException(
                    SyntaxException.Kind.CONTROL_CHARACTER, place[0], place[1], limits.keyAtFailure(), "", e);
        } catch (DuplicateKeyException e) {
            throw marked(e, SyntaxException.Kind.DUPLICATE_KEY, duplicateKey(e), "");
        } catch (MarkedYAMLException e) {
            throw marked(e, kindOf(e.getProblem()), limits.keyAtFailure(), e.getProblem());
        } catch (YAMLException | StackOverflowError e) {
            throw new SyntaxException(
                    SyntaxException.Kind.SYNTAX, 0, 0, limits.keyAtFailure(), firstLine(e.getMessage()), e);
        }
    }

    /** A writer whose output reads back through {@link #load} as the same text values (numbers are not quoted). */
    public static Yaml writer(DumperOptions dumping) {
        LoaderOptions loading = new LoaderOptions();
        return new Yaml(
                new SafeConstructor(loading), new Representer(dumping), dumping, loading, new TextOnlyResolver());
    }

    private static Yaml parser(int maxBytes) {
        LoaderOptions loading = new LoaderOptions();
        loading.setAllowDuplicateKeys(false);
        loading.setMaxAliasesForCollections(MAX_ALIASES);
        loading.setNestingDepthLimit(MAX_NESTING);
        loading.setCodePointLimit(Math.max(maxBytes, 1));
        loading.setAllowRecursiveKeys(false);
        return new Yaml(
                new SafeConstructor(loading),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                loading,
                new TextOnlyResolver());
    }

    /** Decodes strictly: a GBK file, or any byte sequence that is not UTF-8, is refused with where it starts. */
    private static String utf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(content, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw notUtf8(content, in.position());
        }
        out.flip();
        String text = out.toString();
        // a byte-order mark is how some editors say "UTF-8"; it is not content
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static SyntaxException notUtf8(byte[] content, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(content, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return new SyntaxException(SyntaxException.Kind.NOT_UTF8, line, column, "", "", null);
    }

    private static SyntaxException marked(MarkedYAMLException e, SyntaxException.Kind kind, String key, String detail) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        return new SyntaxException(kind, line, column, key, firstLine(detail), e);
    }

    /** Line and column (1-based) of the code point at {@code index}. */
    private static int[] place(String text, int index) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < index; seen++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** SnakeYAML names the key only in its words: "found duplicate key code". */
    private static String duplicateKey(DuplicateKeyException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String prefix = "found duplicate key ";
        return problem.startsWith(prefix) ? problem.substring(prefix.length()).strip() : problem;
    }

    private static SyntaxException.Kind kindOf(String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("(TAB)") || p.contains("'\\t'")) {
            return SyntaxException.Kind.TAB;
        }
        if (p.contains("mapping values are not allowed")) {
            return SyntaxException.Kind.MAPPING_NOT_ALLOWED;
        }
        if (p.contains("end of stream") && p.contains("quoted") || p.contains("found unexpected end of stream")) {
            return SyntaxException.Kind.UNCLOSED_QUOTE;
        }
        if (p.contains("found undefined alias")) {
            return SyntaxException.Kind.UNKNOWN_ALIAS;
        }
        if (p.contains("special characters are not allowed")) {
            return SyntaxException.Kind.CONTROL_CHARACTER;
        }
        return SyntaxException.Kind.SYNTAX;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** Resolves only {@code null} implicitly; numbers, dates and booleans stay text until a reader converts them. */
    private static final class TextOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
