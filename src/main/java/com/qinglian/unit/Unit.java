package com.qinglian.unit;

import com.qinglian.shared.ConflictException;
import java.util.List;
import java.util.Set;

/**
 * An evaluated unit (被评价单位). Units are never deleted, because past results refer to them;
 * they are deactivated instead.
 *
 * @param version optimistic-lock counter: an edit based on an older version is refused
 * @param tags what rubrics restrict nodes by beyond the type (e.g. 沿河单位, 窗口单位), in the order entered
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
        int version,
        List<String> tags) {

    public Unit {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A unit without tags. */
    public Unit(
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
        this(
                code,
                name,
                type,
                parentCode,
                rankingGroup,
                contactName,
                contactPhone,
                contactEmail,
                active,
                version,
                null);
    }

    /** The tags as a set, as rubrics restrict nodes to units with one of some tags. */
    public Set<String> tagSet() {
        return Set.copyOf(tags);
    }

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
                0,
                details.tags());
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
                version,
                details.tags());
    }

    public Unit deactivate() {
        if (!active) {
            throw new ConflictException("unit " + code + " is already inactive");
        }
        return new Unit(
                code,
                name,
                type,
                parentCode,
                rankingGroup,
                contactName,
                contactPhone,
                contactEmail,
                false,
                version,
                tags);
    }

    public Unit activate() {
        if (active) {
            throw new ConflictException("unit " + code + " is already active");
        }
        return new Unit(
                code,
                name,
                type,
                parentCode,
                rankingGroup,
                contactName,
                contactPhone,
                contactEmail,
                true,
                version,
                tags);
    }

    public UnitDetails details() {
        return new UnitDetails(
                code, name, type, parentCode, rankingGroup, contactName, contactPhone, contactEmail, tags);
    }
}
