package com.qinglian.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request does not fit the current state (e.g. publishing what is already published): answers 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String message) {
        this(message, null);
    }

    /** A conflict whose explanation for the user is the given message key. */
    public ConflictException(String message, String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    /** The message key that tells the user what was refused; null where the page words it itself. */
    public String messageKey() {
        return messageKey;
    }

    /**
     * Whether a page may show this refusal beside the field that caused it; false for conflicts that must
     * reach the user as a 409 of their own (e.g. anything changed after finalization).
     */
    public boolean shownInPlace() {
        return true;
    }
}
