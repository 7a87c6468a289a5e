package com.qinglian.rubric;

/** Lines {@code from} to {@code to} (1-based, inclusive) of an imported source text. */
public record LineRange(int from, int to) {

    public LineRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("bad line range " + from + "-" + to);
        }
    }

    public LineRange extend(int line) {
        return new LineRange(Math.min(from, line), Math.max(to, line));
    }

    public LineRange span(LineRange other) {
        return new LineRange(Math.min(from, other.from), Math.max(to, other.to));
    }

    public boolean contains(int line) {
        return line >= from && line <= to;
    }

    /** "第 12 行" or "第 12–15 行" style label without the words: "12" or "12–15". */
    public String label() {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }
}
