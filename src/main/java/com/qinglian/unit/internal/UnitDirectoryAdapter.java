package com.qinglian.unit.internal;

import com.qinglian.security.UnitDirectoryPort;
import com.qinglian.unit.Unit;
import org.springframework.stereotype.Component;

/** Tells the security module which unit codes exist, so that reporters are bound to real units. */
@Component
class UnitDirectoryAdapter implements UnitDirectoryPort {

    private final UnitRepository units;

    UnitDirectoryAdapter(UnitRepository units) {
        this.units = units;
    }

    @Override
    public boolean isActiveUnit(String unitCode) {
        return units.find(unitCode).map(Unit::active).orElse(false);
    }
}
