package com.qinglian.rubric;

import java.time.Instant;

/**
 * A doubt as stored with its draft: its number on the draft page (1, 2, … in source order) and when it was settled.
 *
 * @param number the doubt's number within its draft
 * @param doubt what the importer noticed, who settled it and the note
 * @param settledAt when it was settled, or null while open
 */
public record DraftDoubt(int number, RubricDoubt doubt, Instant settledAt) {

    public boolean isSettled() {
        return doubt.isSettled();
    }
}
