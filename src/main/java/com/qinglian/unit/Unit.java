package com.qinglian.unit;

import com.qinglian.shared.ConflictException;

/**
 * An evaluated unit (被评价单位). Units are never deleted, because past results refer to them;
 * they are deactivated instead.
 *
 * @param version optimistic-lock counter: an edit based on an older version is refused
 */
public record Unit(
        String code,
        String name,
        UnitType type,
        String parentCode,
        String rankingGroup,
        String contactName,
        String contactPhone,
        String contactEmail,
        boolean active,
        int version) {

    public static Unit create(UnitDetails details) {
        return new Unit(
                details.code(),
                details.name(),
                details.type(),
                details.parentCode(),
                details.rankingGroup(),
                details.contactName(),
                details.contactPhone(),
                details.contactEmail(),
                true,
                0);
    }

    public Unit update(UnitDetails details) {
        if (!details.code().equals(code)) {
            throw new IllegalArgumentException("a unit's code does not change");
        }
        return new Unit(
                code,
                details.name(),
                details.type(),
                details.parentCode(),
                details.rankingGroup(),
                details.contactName(),
                details.contactPhone(),
                details.contactEmail(),
                active,
                version);
    }

    public Unit deactivate() {
        if (!active) {
            throw new ConflictException("unit " + code + " is already inactive");
        }
        return new Unit(
                code, name, type, parentCode, rankingGroup, contactName, contactPhone, contactEmail, false, version);
    }

    public Unit activate() {
        if (active) {
            throw new ConflictException("unit " + code + " is already active");
        }
        return new Unit(
                code, name, type, parentCode, rankingGroup, contactName, contactPhone, contactEmail, true, version);
    }

    public UnitDetails details() {
        return new UnitDetails(code, name, type, parentCode, rankingGroup, contactName, contactPhone, contactEmail);
    }
}
