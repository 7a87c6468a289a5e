package com.qinglian.results.web;

import com.qinglian.campaign.Campaigns;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.results.ExplanationWords;
import com.qinglian.results.Rankings;
import com.qinglian.results.ResultRun;
import com.qinglian.results.Results;
import com.qinglian.results.ResultsSheet;
import com.qinglian.results.RunSummary;
import com.qinglian.rubric.RubricNode;
import com.qinglian.scoring.ScoringException;
import com.qinglian.scoring.ScoringProblem;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.Page;
import com.qinglian.shared.web.Downloads;
import com.qinglian.shared.web.ListParams;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Results pages: the ranking with grades, each unit's breakdown, computing, and the Excel ranking. */
@Controller
class ResultsController {

    /** Evaluators whose scores for one item differ by more than this are flagged for the organiser. */
    static final BigDecimal DISAGREEMENT = BigDecimal.ONE;

    private final Results results;
    private final Campaigns campaigns;
    private final Evaluations evaluations;
    private final Rankings rankings;
    private final MessageSource messages;

    ResultsController(
            Results results, Campaigns campaigns, Evaluations evaluations, Rankings rankings, MessageSource messages) {
        this.messages = messages;
        this.rankings = rankings;
        this.results = results;
        this.campaigns = campaigns;
        this.evaluations = evaluations;
    }

    /** The ranking, one page at a time, searched, filtered and sorted in the database. */
    @GetMapping("/campaigns/{campaign}/results")
    String ranking(
            @PathVariable String campaign,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String grade,
            ListParams params,
            Model model) {
        Optional<RunSummary> run = rankings.current(campaign);
        ListQuery query = params.query(Rankings.sorts());
        model.addAttribute(
                "page", run.map(r -> rankings.page(r, type, grade, query)).orElse(new Page<>(List.of(), 0, query)));
        model.addAttribute("campaign", campaigns.get(campaign));
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("stale", run.isPresent() && results.stale(campaign));
        model.addAttribute("type", type);
        model.addAttribute("grade", grade);
        model.addAttribute("grades", rankings.grades(campaign));
        return "results/ranking";
    }

    /** Items whose evaluators differ by more than {@link #DISAGREEMENT} points, one page at a time. */
    @GetMapping("/campaigns/{campaign}/results/disagreements")
    String disagreements(@PathVariable String campaign, ListParams params, Model model) {
        ListQuery query = params.query(Evaluations.disagreementSorts());
        model.addAttribute("campaign", campaigns.get(campaign));
        model.addAttribute("page", evaluations.disagreements(campaign, DISAGREEMENT, query));
        model.addAttribute("threshold", DISAGREEMENT);
        return "results/disagreements";
    }

    @PostMapping("/campaigns/{campaign}/results/compute")
    String compute(@PathVariable String campaign, RedirectAttributes redirect) {
        try {
            results.compute(campaign);
            redirect.addFlashAttribute("success", "results.computed");
        } catch (ScoringException e) {
            redirect.addFlashAttribute(
                    "refused",
                    e.problems().stream().map(ScoringProblem::message).limit(20).toList());
        }
        return "redirect:/campaigns/" + campaign + "/results";
    }

    @GetMapping("/campaigns/{campaign}/results/units/{unit}")
    String breakdown(@PathVariable String campaign, @PathVariable String unit, Locale locale, Model model) {
        var c = campaigns.get(campaign);
        model.addAttribute("campaign", c);
        // an incomplete unit has no result yet: the page says what it still lacks and who owes it
        var incomplete = results.incompleteUnit(campaign, unit);
        if (incomplete.isPresent()) {
            model.addAttribute("unit", incomplete.get());
            return "results/incomplete";
        }
        model.addAttribute("breakdown", results.breakdown(campaign, unit));
        model.addAttribute(
                "nodes", campaigns.rubric(c).allNodes().filter(n -> !n.isItem()).toList());
        var rubric = campaigns.rubric(c);
        // lines name nodes and case rules (negative list, bonus, clauses printed inside nodes): words for both
        java.util.Map<String, String> labels = new java.util.HashMap<>(
                rubric.allNodes().collect(Collectors.toMap(RubricNode::code, RubricNode::label, (a, b) -> a)));
        java.util.stream.Stream.concat(
                        java.util.stream.Stream.concat(
                                rubric.negativeList().rules().stream(), rubric.bonus().rules().stream()),
                        rubric.allNodes()
                                .flatMap(n -> n.terms().clauses().stream())
                                .map(com.qinglian.rubric.NodeClause::rule))
                .forEach(r -> labels.putIfAbsent(r.code(), r.title()));
        model.addAttribute("labels", labels);
        // the engine's details (its stored English formulas) in the reader's language
        model.addAttribute("words", ExplanationWords.of(messages, locale, rubric));
        model.addAttribute("rules", campaigns.rubric(c).negativeList().rules());
        return "results/breakdown";
    }

    @GetMapping("/campaigns/{campaign}/results/export")
    ResponseEntity<byte[]> export(@PathVariable String campaign) {
        ResultRun run = results.current(campaign).orElseThrow(() -> new NotFoundException("no results"));
        return Downloads.xlsx(campaign + "-考评结果.xlsx", ResultsSheet.write(run));
    }
}
