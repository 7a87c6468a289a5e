package com.qinglian.scoring.cli;

import java.util.List;

/**
 * One thing wrong with an input of the CLI: where (file, line counting the header as line 1, column; each
 * optional) and what, as a key of the message files with its arguments, so it reads in the user's language.
 */
record Problem(String file, long line, String column, String key, List<Object> args) {

    Problem {
        args = List.copyOf(args);
    }

    static Problem at(String file, long line, String column, String key, Object... args) {
        return new Problem(file, line, column, key, List.of(args));
    }

    String render(CliMessages messages) {
        return messages.location(file, line, column) + messages.text(key, args.toArray());
    }
}
