package com.qinglian.campaign;

import com.qinglian.campaign.internal.CampaignRepository;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisers' campaign list: searched, filtered, sorted and paged in SQL. Reads only. */
@Service
public class CampaignList {

    /** The sort keys the list offers (newest year first by default); any other key gets the default order. */
    public static final SortKeys<?> SORTS = CampaignRepository.SORTS;

    private final CampaignRepository repository;

    CampaignList(CampaignRepository repository) {
        this.repository = repository;
    }

    /** One page of the campaigns whose code or name holds the search text, in a status if given. */
    @Transactional(readOnly = true)
    public Page<Campaign> page(ListQuery query, CampaignStatus status) {
        return repository.page(query, status);
    }
}
