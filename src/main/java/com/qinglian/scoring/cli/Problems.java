package com.qinglian.scoring.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every problem of a run, from all files and the engine alike, so a file is fixed in one round. Only the
 * first {@link #KEPT} are kept (a wrong file can have a million bad rows); the rest are counted.
 */
final class Problems {

    static final int KEPT = 1000;

    private final List<Problem> kept = new ArrayList<>();
    private long count;

    void add(Problem problem) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    void add(String file, long line, String column, String key, Object... args) {
        add(Problem.at(file, line, column, key, args));
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    /** In the order of the files given and their lines; the engine's problems join their file's lines. */
    List<Problem> sorted(List<String> fileOrder) {
        List<Problem> out = new ArrayList<>(kept);
        out.sort(Comparator.comparingInt((Problem p) -> order(fileOrder, p.file()))
                .thenComparingLong(Problem::line));
        return out;
    }

    private static int order(List<String> fileOrder, String file) {
        int index = fileOrder.indexOf(file);
        return index < 0 ? fileOrder.size() : index;
    }
}
