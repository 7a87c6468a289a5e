package com.qinglian.unit;

import com.qinglian.shared.NotFoundException;

/** No unit with that code (or none this user may see). */
public class UnitNotFoundException extends NotFoundException {

    public UnitNotFoundException(String code) {
        super("no unit " + code);
    }
}
