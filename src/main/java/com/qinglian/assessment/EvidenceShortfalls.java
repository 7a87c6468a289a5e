package com.qinglian.assessment;

import com.qinglian.assessment.internal.ShortfallQueries;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.rubric.ApplicableItems;
import com.qinglian.rubric.EvidenceExpectation;
import com.qinglian.rubric.ExpectationPeriod;
import com.qinglian.rubric.ItemExpectations;
import com.qinglian.rubric.NodeMode;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitQuery;
import com.qinglian.unit.UnitType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    private final UnitDirectory units;

    EvidenceShortfalls(
            Campaigns campaigns,
            ItemExpectations expectations,
            ShortfallQueries queries,
            Clock clock,
            UnitDirectory units) {
        this.units = units;
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
        Map<String, List<String>> unitsOfRestricted = unitsOfRestrictedItems(campaignCode, rubric);
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
            List<String> only = unitsOfRestricted.get(entry.item().code());
            ShortfallQueries.Counts counts = only == null
                    ? queries.count(
                            campaignCode,
                            entry.item().code(),
                            types,
                            e.period().months(),
                            e.perPeriod(),
                            begun,
                            from,
                            to)
                    : queries.countAmong(
                            campaignCode,
                            entry.item().code(),
                            only,
                            e.period().months(),
                            e.perPeriod(),
                            begun,
                            from,
                            to);
            lines.add(new Line(entry, e, counts.units(), counts.shortOf()));
        }
        return lines;
    }

    /**
     * For the items under a node restricted by tag or unit code (or under a variant node): the participants they
     * apply to. Other items concern every participant of the types they apply to; a rubric without such nodes reads
     * no units at all.
     */
    private Map<String, List<String>> unitsOfRestrictedItems(String campaignCode, Rubric rubric) {
        ApplicableItems applicable = new ApplicableItems(rubric);
        Set<String> restricted = rubric.itemsFor(null).stream()
                .filter(p -> Stream.concat(p.path().stream(), Stream.of(p.item()))
                        .anyMatch(n -> n.restrictedBeyondType() || n.mode() == NodeMode.VARIANT))
                .map(p -> p.item().code())
                .collect(Collectors.toSet());
        if (restricted.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> out = new HashMap<>();
        restricted.forEach(code -> out.put(code, new ArrayList<>()));
        Map<String, Unit> all = units.find(UnitQuery.ALL).stream().collect(Collectors.toMap(Unit::code, u -> u));
        for (String code : campaigns.units(campaignCode)) {
            Unit unit = all.get(code);
            if (unit == null) {
                continue;
            }
            applicable.codesOf(unit.type().key(), unit.tagSet(), code).stream()
                    .filter(restricted::contains)
                    .forEach(item -> out.get(item).add(code));
        }
        return out;
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
