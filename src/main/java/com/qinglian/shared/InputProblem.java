package com.qinglian.shared;

import java.util.List;

/**
 * One thing wrong with what a person gave us, a form or an imported file: located by row (1-based, as Excel
 * shows it; 0 for a form or the whole file) and by column header or form field. The message is a key of the
 * message files with its arguments.
 */
public record InputProblem(int row, String column, String key, List<Object> args) {

    public InputProblem {
        column = column == null ? "" : column;
        args = List.copyOf(args);
    }

    public static InputProblem of(int row, String column, String key, Object... args) {
        return new InputProblem(row, column, key, List.of(args));
    }

    public static InputProblem ofFile(String key, Object... args) {
        return new InputProblem(0, "", key, List.of(args));
    }
}
