package com.qinglian.assessment;

import com.qinglian.shared.ConflictException;

/** Someone saved the item after this edit began; carries what they saved so the page can show it. */
public class ItemEditConflictException extends ConflictException {

    private final ItemAnswer current;

    public ItemEditConflictException(ItemAnswer current) {
        super("item " + current.itemCode() + " was changed by " + current.updatedBy());
        this.current = current;
    }

    public ItemAnswer current() {
        return current;
    }
}
