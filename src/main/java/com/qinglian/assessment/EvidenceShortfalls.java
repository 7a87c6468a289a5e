package com.qinglian.assessment;

import com.qinglian.assessment.internal.ShortfallQueries;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.rubric.EvidenceExpectation;
import com.qinglian.rubric.ExpectationPeriod;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.unit.UnitType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For organisers: per item with a confirmed count expectation, how many of the units it concerns fall short in
 * the campaign's year. Counted by the database from document dates, never by loading files; periods that
 * have not begun are not judged (as on the units' sheets). Informs; never scores.
 */
@Service
public class EvidenceShortfalls {

    private final Campaigns campaigns;
    private final ItemExpectations expectations;
    private final ShortfallQueries queries;
    private final Clock clock;

    EvidenceShortfalls(Campaigns campaigns, ItemExpectations expectations, ShortfallQueries queries, Clock clock) {
        this.campaigns = campaigns;
        this.expectations = expectations;
        this.queries = queries;
        this.clock = clock;
    }

    /** One item's line: its expectation, the units it concerns, and how many of them fall short. */
    public record Line(PlacedItem item, EvidenceExpectation expectation, long units, long shortOf) {}

    @Transactional(readOnly = true)
    public List<Line> of(String campaignCode) {
        Campaign campaign = campaigns.get(campaignCode);
        Rubric rubric = campaigns.rubric(campaign);
        Map<String, EvidenceExpectation> confirmed =
                expectations.confirmed(campaign.rubricCode(), campaign.rubricVersion());
        LocalDate today = LocalDate.now(clock);
        Map<UnitType, Set<String>> applicable = new EnumMap<>(UnitType.class);
        for (UnitType type : UnitType.values()) {
            applicable.put(
                    type,
                    rubric.itemsFor(type.key()).stream()
                            .map(p -> p.item().code())
                            .collect(Collectors.toSet()));
        }
        List<Line> lines = new ArrayList<>();
        for (PlacedItem entry : rubric.itemsFor(null)) {
            EvidenceExpectation e = confirmed.get(entry.item().code());
            if (e == null || !e.checkable() || campaign.isOrganiserOnly(entry)) {
                continue;
            }
            List<String> types = Arrays.stream(UnitType.values())
                    .filter(t -> applicable.get(t).contains(entry.item().code()))
                    .map(UnitType::name)
                    .toList();
            int begun = begun(e.period(), campaign.year(), today);
            if (types.isEmpty() || begun == 0) {
                lines.add(new Line(entry, e, 0, 0));
                continue;
            }
            LocalDate from = LocalDate.of(campaign.year(), 1, 1);
            LocalDate to = from.plusMonths((long) begun * e.period().months()).minusDays(1);
            ShortfallQueries.Counts counts = queries.count(
                    campaignCode, entry.item().code(), types, e.period().months(), e.perPeriod(), begun, from, to);
            lines.add(new Line(entry, e, counts.units(), counts.shortOf()));
        }
        return lines;
    }

    /** Periods of the year that have begun by {@code today}. */
    private static int begun(ExpectationPeriod period, int year, LocalDate today) {
        int n = 0;
        for (int i = 0; i < period.count(); i++) {
            if (!LocalDate.of(year, 1 + i * period.months(), 1).isAfter(today)) {
                n++;
            }
        }
        return n;
    }
}
