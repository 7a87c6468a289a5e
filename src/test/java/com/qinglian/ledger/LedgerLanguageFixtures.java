package com.qinglian.ledger;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;

import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.LedgerFixtures.Scenario;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricNode;
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

    /** As {@link #languageCampaign}, but the rate item applies to units of {@code type} only. */
    static Scenario languageCampaignWithRateItemFor(Campaigns spied, UnitDirectory units, int unitCount, String type) {
        Scenario s = LedgerFixtures.campaignWithUnits(spied, units, unitCount);
        Rubric language = LanguageRubric.of(spied.rubric(spied.get(s.campaign())));
        Rubric rubric = new Rubric(
                language.code(),
                language.version(),
                language.title(),
                language.metadata(),
                language.total(),
                language.step(),
                language.floor(),
                language.notes(),
                language.nodes().stream().map(n -> rateItemFor(n, type)).toList(),
                language.negativeList(),
                language.bonus(),
                language.terms());
        doReturn(rubric).when(spied).rubric(argThat(c -> c != null && c.code().equals(s.campaign())));
        return s;
    }

    private static RubricNode rateItemFor(RubricNode n, String type) {
        RubricNode out = n.withChildren(
                n.children().stream().map(c -> rateItemFor(c, type)).toList());
        if (!n.code().equals(LanguageRubric.RATE_ITEM)) {
            return out;
        }
        return new RubricNode(
                out.code(),
                out.level(),
                out.number(),
                out.title(),
                out.text(),
                out.points(),
                out.notes(),
                out.mode(),
                out.floor(),
                java.util.Set.of(type),
                out.rule(),
                out.children(),
                out.terms());
    }
}
