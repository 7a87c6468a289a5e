package com.qinglian.evidence;

import java.util.List;

/**
 * An evidence file was refused; nothing of it was kept. The reason resolves to a message in the user's
 * language with {@link #messageKey()} and {@link #args()}.
 */
public class EvidenceRejectedException extends RuntimeException {

    private final Refusal reason;
    private final List<Object> args;

    public EvidenceRejectedException(Refusal reason, Object... args) {
        super(reason.messageKey() + (args.length == 0 ? "" : " " + List.of(args)));
        this.reason = reason;
        this.args = List.of(args);
    }

    public Refusal reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    public Object[] args() {
        return args.toArray();
    }
}
