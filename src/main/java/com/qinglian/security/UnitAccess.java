package com.qinglian.security;

import com.qinglian.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Data-level access to a unit's data: administrators and leaders see every unit, a unit reporter
 * only their own, an evaluator only the units assigned to them, an auditor none. Refusals answer 404,
 * so that a direct URL does not even reveal whether another unit's data exists.
 */
@Component
public class UnitAccess {

    private final ObjectProvider<EvaluatorAssignments> assignments;
    private final ObjectProvider<AccessRefusals> refusals;

    UnitAccess(ObjectProvider<EvaluatorAssignments> assignments, ObjectProvider<AccessRefusals> refusals) {
        this.assignments = assignments;
        this.refusals = refusals;
    }

    public boolean canRead(CurrentUser user, String unitCode) {
        if (user == null || unitCode == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMIN, LEADER -> true;
            case UNIT_REPORTER -> unitCode.equals(user.unitCode());
            case EVALUATOR -> assignments.stream().anyMatch(a -> a.isAssigned(user.getUsername(), unitCode));
            case AUDITOR -> false;
        };
    }

    /** Whether the user may read the unit's data in one campaign: evaluators only where they are assigned in it. */
    public boolean canRead(CurrentUser user, String campaignCode, String unitCode) {
        if (user != null && user.role() == Role.EVALUATOR) {
            return unitCode != null
                    && assignments.stream().anyMatch(a -> a.isAssignedIn(user.getUsername(), campaignCode, unitCode));
        }
        return canRead(user, unitCode);
    }

    /** Throws a 404 unless the signed-in user may read the unit's data in that campaign. */
    public void requireRead(String campaignCode, String unitCode) {
        if (!canRead(current(), campaignCode, unitCode)) {
            refusals.ifAvailable(r -> r.refused(404));
            throw new NotFoundException("unit " + unitCode + " not visible in " + campaignCode);
        }
    }

    /** Throws a 404 unless the signed-in user may read the unit's data. */
    public void requireRead(String unitCode) {
        if (!canRead(current(), unitCode)) {
            refusals.ifAvailable(r -> r.refused(404));
            throw new NotFoundException("unit " + unitCode + " not visible");
        }
    }

    /** The signed-in user, or null. */
    public static CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user : null;
    }
}
