package com.qinglian.results.report;

import com.qinglian.campaign.Campaign;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may download which report, checked in the service whatever the URL rules say: administrators and
 * leaders everything; a unit reporter the own unit's score sheet once the results are published to units;
 * anyone else nothing. Refusals answer 404, like every other unit's data (decision D10).
 */
@Component
class ReportAccess {

    void requireAllUnits() {
        CurrentUser user = UnitAccess.current();
        if (!(user != null && (user.role() == Role.ADMIN || user.role() == Role.LEADER))) {
            throw new NotFoundException("reports of all units are for administrators and leaders");
        }
    }

    void requireScoreSheet(Campaign campaign, String unitCode) {
        CurrentUser user = UnitAccess.current();
        if (user == null) {
            throw new NotFoundException("not signed in");
        }
        boolean allowed = switch (user.role()) {
            case ADMIN, LEADER -> true;
            case UNIT_REPORTER -> unitCode.equals(user.unitCode()) && campaign.publishedToUnits();
            case EVALUATOR, AUDITOR -> false;
        };
        if (!allowed) {
            throw new NotFoundException("score sheet of " + unitCode + " not visible");
        }
    }
}
