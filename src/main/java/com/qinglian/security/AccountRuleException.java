package com.qinglian.security;

import com.qinglian.shared.ConflictException;

/** A change to an account that a rule forbids, with the message key that says which (answers 409). */
public class AccountRuleException extends ConflictException {

    private final String messageKey;

    public AccountRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
