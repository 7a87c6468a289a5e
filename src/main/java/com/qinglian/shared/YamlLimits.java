package com.qinglian.shared;

import com.qinglian.shared.SafeYaml.SyntaxException.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Checks a YAML document's parser events before anything is built from them: how many aliases it uses, whether
 * an alias points into the collection it stands in (a self-reference, which would recurse forever), how deep it
 * nests, and how large it grows once every alias is expanded (what a writer of the loaded document would write).
 * SnakeYAML limits aliases to collections only; an alias to a long text, repeated, is an anchor bomb all the same.
 * Knows the innermost mapping key at each point, so a refusal names it with the line and column.
 */
final class YamlLimits {

    /** A limit broken at a place. */
    static final class Broken extends RuntimeException {
        final Kind kind;
        final int line;
        final int column;
        final String key;

        Broken(Kind kind, Mark mark, String key) {
            super(kind.name(), null, false, false);
            this.kind = kind;
            this.line = mark == null ? 0 : mark.getLine() + 1;
            this.column = mark == null ? 0 : mark.getColumn() + 1;
            this.key = key;
        }
    }

    /** An open collection: where its expansion started, its anchor, and for a mapping the key being read. */
    private static final class Frame {
        final boolean mapping;
        final String anchor;
        final long startSize;
        boolean expectingKey = true;
        String key = "";

        Frame(boolean mapping, String anchor, long startSize) {
            this.mapping = mapping;
            this.anchor = anchor;
            this.startSize = startSize;
        }
    }

    private final int maxAliases;
    private final int maxNesting;
    private final long maxExpanded;
    private final Deque<Frame> open = new ArrayDeque<>();
    private final Set<String> openAnchors = new HashSet<>();
    private final Map<String, Long> anchorSizes = new HashMap<>();
    private long expanded;
    private int aliases;

    YamlLimits(int maxAliases, int maxNesting, long maxExpanded) {
        this.maxAliases = maxAliases;
        this.maxNesting = maxNesting;
        this.maxExpanded = maxExpanded;
    }

    /** Walks the events; throws {@link Broken} at the first limit broken, or the parser's own exception. */
    void check(Iterable<Event> events) {
        for (Event event : events) {
            if (event instanceof CollectionStartEvent start) {
                node(event);
                if (open.size() >= maxNesting) {
                    throw new Broken(Kind.TOO_DEEP, event.getStartMark(), keyAtFailure());
                }
                open.push(new Frame(start instanceof MappingStartEvent, start.getAnchor(), expanded));
                if (start.getAnchor() != null) {
                    openAnchors.add(start.getAnchor());
                }
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                Frame frame = open.pop();
                if (frame.anchor != null) {
                    openAnchors.remove(frame.anchor);
                    anchorSizes.put(frame.anchor, expanded - frame.startSize);
                }
            } else if (event instanceof ScalarEvent scalar) {
                Frame frame = open.peek();
                boolean isKey = frame != null && frame.mapping && frame.expectingKey;
                node(event);
                if (isKey) {
                    frame.key = scalar.getValue();
                }
                long size = scalar.getValue().length() + 1L;
                if (scalar.getAnchor() != null) {
                    anchorSizes.put(scalar.getAnchor(), size);
                }
                grow(size, event);
            } else if (event instanceof AliasEvent alias) {
                node(event);
                if (++aliases > maxAliases) {
                    throw new Broken(Kind.TOO_MANY_ALIASES, event.getStartMark(), keyAtFailure());
                }
                if (openAnchors.contains(alias.getAnchor())) {
                    throw new Broken(Kind.SELF_REFERENCE, event.getStartMark(), keyAtFailure());
                }
                // an unknown anchor is the parser's to report, when the document is built
                grow(anchorSizes.getOrDefault(alias.getAnchor(), 0L), event);
            }
        }
    }

    /** The innermost mapping key at the current place; empty at the top. */
    String keyAtFailure() {
        for (Frame frame : open) {
            if (frame.mapping && !frame.key.isEmpty()) {
                return frame.key;
            }
        }
        return "";
    }

    /** A node begins in the open collection: in a mapping, keys and values alternate. */
    private void node(Event event) {
        Frame frame = open.peek();
        if (frame != null && frame.mapping) {
            frame.expectingKey = !frame.expectingKey;
        }
    }

    private void grow(long size, Event event) {
        expanded += size;
        if (expanded > maxExpanded) {
            throw new Broken(Kind.TOO_LARGE, event.getStartMark(), keyAtFailure());
        }
    }
}
