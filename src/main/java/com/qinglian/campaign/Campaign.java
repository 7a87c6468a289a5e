package com.qinglian.campaign;

import com.qinglian.rubric.PlacedItem;
import com.qinglian.shared.ConflictException;
import java.time.LocalDate;
import java.util.List;

/**
 * One evaluation round (年度考评) on a frozen rubric version. Behaviour guards the status machine:
 * only one step forward or back at a time, nothing after finalization, settings only while a draft.
 *
 * @param organiserNodes rubric node codes that only organisers score (e.g. 综合评价)
 * @param settings the scoring settings (grades, vetoes, …) in the scoring engine's YAML form
 * @param version optimistic-lock counter
 */
public record Campaign(
        String code,
        String name,
        int year,
        LocalDate periodStart,
        LocalDate periodEnd,
        String rubricCode,
        String rubricVersion,
        CampaignStatus status,
        Deadlines deadlines,
        List<String> organiserNodes,
        String settings,
        int version) {

    public Campaign {
        deadlines = deadlines == null ? Deadlines.NONE : deadlines;
        organiserNodes = organiserNodes == null ? List.of() : List.copyOf(organiserNodes);
    }

    /** Moves one step forward or back; throws when the move is not allowed from here. */
    public Campaign moveTo(CampaignStatus target) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("campaign " + code + " cannot move from " + status + " to " + target);
        }
        return withStatus(target);
    }

    /** Finalized campaigns are read-only for ever. */
    public void requireNotFinalized() {
        if (readOnly()) {
            throw new CampaignFinalizedException(code);
        }
    }

    /** Settings, period, rubric and participants change only before units start work. */
    public void requireDraft() {
        if (status != CampaignStatus.DRAFT) {
            throw new ConflictException("campaign " + code + " is no longer a draft");
        }
    }

    /** Whether the node is scored by the organisers alone (and not answered by the units). */
    public boolean isOrganiserOnly(String nodeCode) {
        return organiserNodes.contains(nodeCode);
    }

    /** Whether the item lies under a node that the organisers alone score. */
    public boolean isOrganiserOnly(PlacedItem item) {
        return organiserNodes.stream().anyMatch(item::isUnder);
    }

    /**
     * The items a unit answers itself: those of the rubric that apply to it (see
     * {@link com.qinglian.rubric.ApplicableItems}), less organiser-only ones.
     */
    public List<PlacedItem> answeredItems(List<PlacedItem> applicable) {
        return applicable.stream().filter(item -> !isOrganiserOnly(item)).toList();
    }

    /** Units answer their self-assessment (a first round, before anything was handed in). */
    public boolean acceptsAnswers() {
        return status == CampaignStatus.SELF_ASSESSMENT;
    }

    /** Units and evaluators are at work: items may be returned to a unit and answered again. */
    public boolean acceptsReturns() {
        return status == CampaignStatus.SELF_ASSESSMENT || status == CampaignStatus.REVIEW;
    }

    /** Evaluators' scores are taken (online and offline). */
    public boolean acceptsScores() {
        return status == CampaignStatus.REVIEW;
    }

    /** Results no longer change: publicity has begun. */
    public boolean resultsFrozen() {
        return status == CampaignStatus.PUBLICITY || status == CampaignStatus.FINALIZED;
    }

    /** Units see their own results (公示 has begun, or the campaign is archived). */
    public boolean publishedToUnits() {
        return status == CampaignStatus.PUBLICITY || status == CampaignStatus.FINALIZED;
    }

    /** Nothing changes any more: the campaign is finalized. */
    public boolean readOnly() {
        return status == CampaignStatus.FINALIZED;
    }

    /** Throws unless evaluators' scores are taken now. */
    public void requireAcceptsScores() {
        if (!acceptsScores()) {
            throw new CampaignClosedException(
                    "campaign " + code + " does not accept scores now", "campaign.closed.scores");
        }
    }

    public Campaign withDetails(CampaignDetails details) {
        requireDraft();
        return new Campaign(
                code,
                details.name(),
                details.year(),
                details.periodStart(),
                details.periodEnd(),
                details.rubricCode(),
                details.rubricVersion(),
                status,
                details.deadlines(),
                details.organiserNodes(),
                details.settings(),
                version);
    }

    /** Whether the other campaign gives the results the same rubric, period, organiser-only nodes and settings. */
    public boolean sameResultInputs(Campaign other) {
        return rubricCode.equals(other.rubricCode)
                && rubricVersion.equals(other.rubricVersion)
                && periodStart.equals(other.periodStart)
                && periodEnd.equals(other.periodEnd)
                && organiserNodes.equals(other.organiserNodes)
                && settings.equals(other.settings);
    }

    public CampaignDetails details() {
        return new CampaignDetails(
                code,
                name,
                year,
                periodStart,
                periodEnd,
                rubricCode,
                rubricVersion,
                deadlines,
                organiserNodes,
                settings);
    }

    private Campaign withStatus(CampaignStatus next) {
        return new Campaign(
                code,
                name,
                year,
                periodStart,
                periodEnd,
                rubricCode,
                rubricVersion,
                next,
                deadlines,
                organiserNodes,
                settings,
                version);
    }
}
