package com.qinglian.dashboard;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.dashboard.internal.DashboardQueries;
import com.qinglian.dashboard.internal.DashboardQueries.Count;
import com.qinglian.evaluation.Evaluations;
import com.qinglian.evaluation.WorkItem;
import com.qinglian.notification.Deliveries;
import com.qinglian.rubric.RubricNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What each role sees first: the organiser's campaigns and to-dos, the evaluator's work, the unit's sheet. */
@Service
public class StartPages {

    private final Campaigns campaigns;
    private final DashboardQueries queries;
    private final Evaluations evaluations;
    private final Deliveries deliveries;
    private final Clock clock;

    StartPages(
            Campaigns campaigns,
            DashboardQueries queries,
            Evaluations evaluations,
            Deliveries deliveries,
            Clock clock) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.evaluations = evaluations;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** A to-do: a message key with its arguments and the page where the work is done. */
    public record Todo(String key, List<Object> args, String link, boolean urgent) {}

    /** A campaign on the organiser's page: its stage, next deadline, and self-assessment by unit type. */
    public record CampaignCard(
            Campaign campaign,
            LocalDate deadline,
            Long daysLeft,
            long participants,
            long submitted,
            long notSubmitted,
            boolean overdue,
            List<TypeProgress> byType) {

        public int percent() {
            return participants == 0 ? 0 : (int) (submitted * 100 / participants);
        }
    }

    /** Self-assessment and scoring of one unit type. */
    public record TypeProgress(String type, long units, long submitted, long scored) {
        public int percent() {
            return units == 0 ? 0 : (int) (submitted * 100 / units);
        }
    }

    public record Organiser(List<CampaignCard> campaigns, List<Todo> todos, int failedDeliveries) {}

    @Transactional(readOnly = true)
    public Organiser organiser() {
        LocalDate today = LocalDate.now(clock);
        List<CampaignCard> cards = new ArrayList<>();
        List<Todo> todos = new ArrayList<>();
        for (Campaign c : campaigns.list()) {
            if (c.status() == CampaignStatus.FINALIZED) {
                continue;
            }
            LocalDate deadline = nextDeadline(c);
            Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
            List<Count> statuses = queries.selfAssessmentByType(c.code());
            List<Count> scored = queries.scoredItemsByType(c.code());
            Map<String, TypeProgress> byType = new LinkedHashMap<>();
            for (Count count : statuses) {
                String type = count.unitType().toUpperCase(Locale.ROOT);
                TypeProgress before = byType.getOrDefault(type, new TypeProgress(type, 0, 0, 0));
                byType.put(
                        type,
                        new TypeProgress(
                                type,
                                before.units() + count.count(),
                                before.submitted() + (count.key().equals("SUBMITTED") ? count.count() : 0),
                                Charts.sum(scored, type, type)));
            }
            long participants =
                    byType.values().stream().mapToLong(TypeProgress::units).sum();
            long submitted =
                    byType.values().stream().mapToLong(TypeProgress::submitted).sum();
            boolean overdue = c.status() == CampaignStatus.SELF_ASSESSMENT
                    && c.deadlines().selfAssessment() != null
                    && today.isAfter(c.deadlines().selfAssessment())
                    && submitted < participants;
            cards.add(new CampaignCard(
                    c,
                    deadline,
                    daysLeft,
                    participants,
                    submitted,
                    participants - submitted,
                    overdue,
                    List.copyOf(byType.values())));
            todos.addAll(todos(c, participants, submitted, overdue, daysLeft));
        }
        int failed = deliveries.failedCount();
        if (failed > 0) {
            todos.add(new Todo("start.todo.failedDeliveries", List.of(failed), "/notifications/deliveries", true));
        }
        return new Organiser(cards, todos, failed);
    }

    private List<Todo> todos(Campaign c, long participants, long submitted, boolean overdue, Long daysLeft) {
        String base = "/campaigns/" + c.code();
        List<Todo> out = new ArrayList<>();
        switch (c.status()) {
            case DRAFT -> out.add(new Todo("start.todo.draft", List.of(c.name()), base, false));
            case SELF_ASSESSMENT -> {
                if (overdue) {
                    out.add(new Todo(
                            "start.todo.overdue",
                            List.of(c.name(), participants - submitted),
                            base + "/reminders",
                            true));
                } else if (submitted < participants) {
                    out.add(new Todo(
                            "start.todo.remind",
                            List.of(c.name(), participants - submitted),
                            base + "/reminders",
                            false));
                }
                if (participants > 0 && submitted == participants || daysLeft != null && daysLeft < 0) {
                    out.add(new Todo("start.todo.toReview", List.of(c.name()), base, false));
                }
            }
            case REVIEW -> {
                out.add(new Todo("start.todo.scoring", List.of(c.name()), base + "/progress", false));
                out.add(new Todo("start.todo.results", List.of(c.name()), base + "/results", false));
            }
            case PUBLICITY -> out.add(new Todo("start.todo.publicity", List.of(c.name()), base + "/results", false));
            default -> {}
        }
        return out;
    }

    /** The deadline of the campaign's current stage, or null. */
    static LocalDate nextDeadline(Campaign c) {
        return switch (c.status()) {
            case SELF_ASSESSMENT -> c.deadlines().selfAssessment();
            case REVIEW -> c.deadlines().review();
            case PUBLICITY -> c.deadlines().publicity();
            default -> null;
        };
    }

    /** One assigned unit on the evaluator's page. */
    public record Work(
            Campaign campaign,
            String unitCode,
            String unitName,
            String unitType,
            String sheetStatus,
            long returnedItems,
            long scored,
            long scorable) {}

    /** The evaluator's assigned units by campaign, filtered by sheet status and a search in code and name. */
    @Transactional(readOnly = true)
    public Map<Campaign, List<Work>> evaluator(String status, String search) {
        Map<String, Map<String, String>> statusByCampaign = new LinkedHashMap<>();
        Map<String, Map<String, Long>> returnedByCampaign = new LinkedHashMap<>();
        Map<Campaign, List<Work>> out = new LinkedHashMap<>();
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        for (WorkItem w : evaluations.worklist()) {
            String code = w.campaign().code();
            Map<String, String> statuses = statusByCampaign.computeIfAbsent(code, this::sheetStatuses);
            Map<String, Long> returned = returnedByCampaign.computeIfAbsent(code, k -> {
                Map<String, Long> m = new LinkedHashMap<>();
                queries.returnedItems(k).forEach(c -> m.put(c.unitType(), c.count()));
                return m;
            });
            String sheet = statuses.getOrDefault(w.unit().code(), "NONE");
            boolean matches = needle.isEmpty()
                    || w.unit().code().toLowerCase(Locale.ROOT).contains(needle)
                    || w.unit().name().toLowerCase(Locale.ROOT).contains(needle);
            if (matches && (status == null || status.isBlank() || status.equals(sheet))) {
                out.computeIfAbsent(w.campaign(), k -> new ArrayList<>())
                        .add(new Work(
                                w.campaign(),
                                w.unit().code(),
                                w.unit().name(),
                                w.unit().type().name(),
                                sheet,
                                returned.getOrDefault(w.unit().code(), 0L),
                                w.scored(),
                                w.scorable()));
            }
        }
        return out;
    }

    private Map<String, String> sheetStatuses(String campaignCode) {
        Map<String, String> out = new LinkedHashMap<>();
        queries.sheetStatuses(campaignCode).forEach(c -> out.put(c.unitType(), c.key()));
        return out;
    }

    /** A campaign on the unit's page: its sheet, the deadline, returned items, and the result once published. */
    public record UnitCampaign(
            Campaign campaign,
            String sheetStatus,
            LocalDate deadline,
            Long daysLeft,
            List<ReturnedItem> returned,
            Optional<DashboardQueries.UnitResult> result) {}

    /** A returned item with its wording and the evaluator's reason. */
    public record ReturnedItem(String code, String label, String reason) {}

    @Transactional(readOnly = true)
    public List<UnitCampaign> reporter(String unitCode) {
        LocalDate today = LocalDate.now(clock);
        List<UnitCampaign> out = new ArrayList<>();
        for (Campaign c : campaigns.openedFor(unitCode)) {
            Map<String, RubricNode> nodes = campaigns.rubric(c).nodesByCode();
            String sheet = queries.sheet(c.code(), unitCode)
                    .map(DashboardQueries.Sheet::status)
                    .orElse("NONE");
            LocalDate deadline =
                    c.status() == CampaignStatus.SELF_ASSESSMENT ? c.deadlines().selfAssessment() : null;
            List<ReturnedItem> returned = queries.returnedItemsOf(c.code(), unitCode).stream()
                    .map(r -> new ReturnedItem(
                            r.itemCode(),
                            nodes.containsKey(r.itemCode())
                                    ? nodes.get(r.itemCode()).label()
                                    : "",
                            r.reason()))
                    .toList();
            boolean published = c.status() == CampaignStatus.PUBLICITY || c.status() == CampaignStatus.FINALIZED;
            out.add(new UnitCampaign(
                    c,
                    sheet,
                    deadline,
                    deadline == null ? null : ChronoUnit.DAYS.between(today, deadline),
                    returned,
                    published ? queries.unitResult(c.code(), unitCode) : Optional.empty()));
        }
        return out;
    }
}
