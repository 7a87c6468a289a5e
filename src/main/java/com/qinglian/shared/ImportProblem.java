package com.qinglian.shared;

import java.util.List;

/**
 * One thing wrong with an imported file, located by row (1-based, as Excel shows it; 0 for the whole
 * file) and column header. The message is a key of the message files with its arguments.
 */
public record ImportProblem(int row, String column, String key, List<Object> args) {

    public ImportProblem {
        column = column == null ? "" : column;
        args = List.copyOf(args);
    }

    public static ImportProblem of(int row, String column, String key, Object... args) {
        return new ImportProblem(row, column, key, List.of(args));
    }

    public static ImportProblem ofFile(String key, Object... args) {
        return new ImportProblem(0, "", key, List.of(args));
    }
}
