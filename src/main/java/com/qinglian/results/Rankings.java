package com.qinglian.results;

import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.Campaigns;
import com.qinglian.results.internal.RankingRepository;
import com.qinglian.scoring.GradeBand;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking page's reads: the current run's summary and one page of its ranking, searched, filtered and sorted in
 * the database, so that a view costs the same for 50 units and for 50,000. Reading never recomputes.
 */
@Service
public class Rankings {

    /** The unit types a ranking can be narrowed to; anything else a request sends means all units. */
    private static final List<String> TYPES = List.of("agency", "station");

    private final RankingRepository repository;
    private final Campaigns campaigns;
    private final CampaignSettingsFormat settingsFormat;

    Rankings(RankingRepository repository, Campaigns campaigns, CampaignSettingsFormat settingsFormat) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.settingsFormat = settingsFormat;
    }

    /** What the ranking can be sorted by. */
    public static SortKeys<String> sorts() {
        return RankingRepository.SORTS;
    }

    /** The campaign's current run, without its units; empty before results are computed. */
    @Transactional(readOnly = true)
    public Optional<RunSummary> current(String campaignCode) {
        campaigns.get(campaignCode);
        return repository.currentRun(campaignCode);
    }

    /**
     * One page of the run's ranking: complete units with rank, total and grade, incomplete ones with what they lack.
     * {@code unitType}: {@code agency} or {@code station} ranks within the type, anything else overall; {@code
     * grade}: only units of that grade (null or blank: any).
     */
    @Transactional(readOnly = true)
    public Page<RankingRow> page(RunSummary run, String unitType, String grade, ListQuery query) {
        String type = unitType != null && TYPES.contains(unitType) ? unitType : null;
        return repository.page(run.id(), type, ListQuery.searchText(grade), query);
    }

    /** The grades of the campaign's settings, best first, for the grade filter. */
    @Transactional(readOnly = true)
    public List<String> grades(String campaignCode) {
        return settingsFormat.read(campaigns.get(campaignCode).settings()).grades().stream()
                .map(GradeBand::grade)
                .toList();
    }
}
