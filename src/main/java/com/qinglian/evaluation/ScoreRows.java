package com.qinglian.evaluation;

import com.qinglian.assessment.SelfAssessments;
import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.internal.ScoreRepository;
import com.qinglian.rubric.PlacedItem;
import com.qinglian.rubric.Rubric;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.UnitAccess;
import com.qinglian.shared.NotFoundException;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One row of the scoring page after a save, read from the viewer's own scores of the unit (a few dozen rows), not
 * by building the whole sheet again with everyone's scores, the self-assessment and its evidence.
 */
@Service
public class ScoreRows {

    private final ScoreRepository repository;
    private final Evaluations evaluations;
    private final Campaigns campaigns;
    private final UnitDirectory units;
    private final SelfAssessments assessments;
    private final UnitAccess access;

    ScoreRows(
            ScoreRepository repository,
            Evaluations evaluations,
            Campaigns campaigns,
            UnitDirectory units,
            SelfAssessments assessments,
            UnitAccess access) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.campaigns = campaigns;
        this.units = units;
        this.assessments = assessments;
        this.access = access;
    }

    /** The signed-in user's row of the item as stored now, with their progress and subtotals for the unit. */
    @Transactional(readOnly = true)
    public SavedScore saved(String campaignCode, String unitCode, String itemCode) {
        access.requireRead(campaignCode, unitCode);
        CurrentUser user = UnitAccess.current();
        if (user == null) {
            throw new AccessDeniedException("sign in first");
        }
        Campaign campaign = campaigns.get(campaignCode);
        Unit unit = units.get(unitCode);
        Rubric rubric = campaigns.rubric(campaign);
        List<PlacedItem> items = Evaluations.applicableTo(rubric, unit);
        PlacedItem entry = items.stream()
                .filter(p -> p.item().code().equals(itemCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no item " + itemCode));
        Set<String> scorable = evaluations.scope(campaign, rubric, unit, user).stream()
                .map(p -> p.item().code())
                .collect(Collectors.toSet());
        Map<String, EvaluatorScore> mine = repository.ofEvaluator(campaignCode, unitCode, user.getUsername()).stream()
                .collect(Collectors.toMap(EvaluatorScore::itemCode, Function.identity()));
        Map<String, BigDecimal> subtotals = new HashMap<>();
        for (PlacedItem placed : items) {
            EvaluatorScore score = mine.get(placed.item().code());
            if (score != null) {
                placed.path().forEach(node -> subtotals.merge(node.code(), score.score(), BigDecimal::add));
            }
        }
        long scored = scorable.stream().filter(mine::containsKey).count();
        return new SavedScore(
                entry,
                mine.get(itemCode),
                assessments.selfScores(campaignCode, unitCode).get(itemCode),
                scored,
                scorable.size(),
                subtotals);
    }
}
