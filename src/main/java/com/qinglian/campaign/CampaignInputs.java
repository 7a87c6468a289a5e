package com.qinglian.campaign;

import com.qinglian.campaign.internal.InputRevisionRepository;
import com.qinglian.unit.UnitChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision of a campaign's inputs to the results: one more with every change of anything a result run is
 * computed from (evaluators' scores, negative-list cases, survey values, participants and their names and types,
 * assignments, settings and period, scores decided on appeal), in the transaction that makes the change. A run keeps
 * the revision it was computed from; results are stale exactly when the campaign's revision has moved on since.
 *
 * <p>Callers say {@link #changed} after their change and before they record it in the audit trail: the trail's lock
 * is taken last in every transaction, so the campaign's row lock taken here never waits behind it.
 */
@Service
public class CampaignInputs {

    private final InputRevisionRepository repository;

    CampaignInputs(InputRevisionRepository repository) {
        this.repository = repository;
    }

    /** The campaign's inputs changed in the current transaction. */
    @Transactional
    public void changed(String campaignCode) {
        repository.bump(campaignCode);
    }

    /** The current revision; read it before the inputs, so that a change made meanwhile shows the run as stale. */
    @Transactional(readOnly = true)
    public long revision(String campaignCode) {
        return repository.revision(campaignCode);
    }

    /** A unit's name or type is part of every result that lists it: its campaigns' inputs changed. */
    @EventListener
    void on(UnitChanged event) {
        repository.bumpCampaignsOf(event.unitCode());
    }
}
