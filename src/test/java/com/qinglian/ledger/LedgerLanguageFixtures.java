package com.qinglian.ledger;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.unit.UnitDirectory;

/**
 * A campaign whose rubric has the rubric language's case and fact constructs ({@link LanguageRubric}). The rubric
 * is stored as YAML, whose reader learns these constructs separately, so a test spies on {@link Campaigns} and
 * gives this campaign the rubric built in Java.
 */
final class LedgerLanguageFixtures {

    private LedgerLanguageFixtures() {}

    /** A campaign (spied {@code campaigns}) on the language rubric with {@code unitCount} new agencies. */
    static Scenario languageCampaign(Campaigns spied, UnitDirectory units, int unitCount) {
        Scenario s = LedgerFixtures.campaignWithUnits(spied, units, unitCount);
        var rubric = LanguageRubric.of(spied.rubric(spied.get(s.campaign())));
        doReturn(rubric).when(spied).rubric(argThat(c -> c != null && c.code().equals(s.campaign())));
        return s;
    }
}
