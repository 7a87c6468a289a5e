package com.qinglian.campaign;

import com.qinglian.shared.ConflictException;

/**
 * The campaign's stage does not allow the request (e.g. a score outside review): answers 409, and says
 * which stage rule refused it rather than suggesting an edit clash.
 */
public class CampaignClosedException extends ConflictException {

    private final String messageKey;

    public CampaignClosedException(String message, String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    /** The message key that tells the user what the campaign does not accept now. */
    public String messageKey() {
        return messageKey;
    }
}
