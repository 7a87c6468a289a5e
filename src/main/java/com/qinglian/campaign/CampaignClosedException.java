package com.qinglian.campaign;

import com.qinglian.shared.ConflictException;

/**
 * The campaign's stage does not allow the request (e.g. a score outside review): answers 409, and says
 * which stage rule refused it rather than suggesting an edit clash.
 */
public class CampaignClosedException extends ConflictException {

    public CampaignClosedException(String message, String messageKey) {
        super(message, messageKey);
    }
}
