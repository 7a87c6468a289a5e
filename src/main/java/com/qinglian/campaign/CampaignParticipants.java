package com.qinglian.campaign;

import com.qinglian.campaign.internal.ParticipantRepository;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The units taking part in a campaign, as the campaign page lists them and as an assignment's scope takes them. */
@Service
public class CampaignParticipants {

    private final ParticipantRepository repository;
    private final Campaigns campaigns;

    CampaignParticipants(ParticipantRepository repository, Campaigns campaigns) {
        this.repository = repository;
        this.campaigns = campaigns;
    }

    /** The participant list's sort keys; requests naming any other key get the default order. */
    public static final SortKeys<?> PARTICIPANT_SORTS = ParticipantRepository.PARTICIPANT_SORTS;

    /** One page of the participants, searched by code or name, each with its assignments. */
    @Transactional(readOnly = true)
    public Page<Participant> participants(String code, ListQuery query) {
        campaigns.get(code);
        return repository.participants(code, query);
    }

    /** Every participant's code, name and type, in one query. */
    @Transactional(readOnly = true)
    public List<Participant> participants(String code) {
        return repository.participants(code);
    }

    @Transactional(readOnly = true)
    public long assignmentCount(String code) {
        return repository.assignmentCount(code);
    }
}
