package com.qinglian.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one way YAML from users is loaded (rubrics, campaign and engine settings): a safe constructor (no
 * object tags), duplicate keys refused, alias and nesting limits, a code-point cap, and every scalar but
 * {@code null} kept as text, so {@code 010} stays "010" and dates and numbers are converted by
 * {@link YamlFields}, not guessed by the parser.
 */
public final class SafeYaml {

    private static final int MAX_ALIASES = 20;
    private static final int MAX_NESTING = 40;

    private SafeYaml() {}

    /** The text was not well-formed YAML (or broke a limit); the message is the parser's, possibly several lines. */
    public static final class SyntaxException extends RuntimeException {
        SyntaxException(String message, Throwable cause) {
            super(message == null ? "" : message, cause);
        }
    }

    /**
     * Loads one UTF-8 document: a {@code Map}, {@code List}, {@code String} or null (an empty document).
     * Callers cap the size first; {@code maxBytes} is the parser's own limit behind that.
     *
     * @throws SyntaxException when the text is not YAML, repeats a key, or breaks a limit
     */
    public static Object load(byte[] content, int maxBytes) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            return new Yaml(
                            new SafeConstructor(loading(maxBytes)),
                            new Representer(new DumperOptions()),
                            new DumperOptions(),
                            loading(maxBytes),
                            new TextOnlyResolver())
                    .load(reader);
        } catch (YAMLException | IOException e) {
            throw new SyntaxException(e.getMessage(), e);
        }
    }

    /** A writer whose output reads back through {@link #load} as the same text values (numbers are not quoted). */
    public static Yaml writer(DumperOptions dumping) {
        LoaderOptions loading = new LoaderOptions();
        return new Yaml(
                new SafeConstructor(loading), new Representer(dumping), dumping, loading, new TextOnlyResolver());
    }

    private static LoaderOptions loading(int maxBytes) {
        LoaderOptions loading = new LoaderOptions();
        loading.setAllowDuplicateKeys(false);
        loading.setMaxAliasesForCollections(MAX_ALIASES);
        loading.setNestingDepthLimit(MAX_NESTING);
        loading.setCodePointLimit(maxBytes);
        loading.setAllowRecursiveKeys(false);
        return loading;
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
