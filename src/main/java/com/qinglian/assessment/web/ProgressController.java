package com.qinglian.assessment.web;

import com.qinglian.assessment.AssessmentStatus;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.assessment.UnitProgress;
import com.qinglian.campaign.Campaigns;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.Page;
import com.qinglian.shared.SortKeys;
import com.qinglian.shared.TableWorkbook;
import com.qinglian.shared.web.Downloads;
import com.qinglian.shared.web.ListParams;
import com.qinglian.unit.UnitType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisers' overview of a campaign: every unit's self-assessment status and completion. */
@Controller
class ProgressController {

    private final SelfAssessments assessments;
    private final Campaigns campaigns;
    private final MessageSource messages;

    ProgressController(SelfAssessments assessments, Campaigns campaigns, MessageSource messages) {
        this.assessments = assessments;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    /** Progress is computed per unit (answered of applicable items), so it is sorted and paged in memory. */
    static final SortKeys<Comparator<UnitProgress>> SORTS = SortKeys.<Comparator<UnitProgress>>of(
                    "code", Comparator.comparing(p -> p.unit().code()))
            .and("name", Comparator.comparing(p -> p.unit().name()))
            .and("type", Comparator.comparing(p -> p.unit().type()))
            .and("status", Comparator.comparing(UnitProgress::status))
            .and("completion", Comparator.comparingInt(UnitProgress::percent))
            .and(
                    "submittedAt",
                    Comparator.comparing(UnitProgress::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())));

    @GetMapping("/campaigns/{campaign}/progress")
    String progress(
            @PathVariable String campaign,
            ListParams params,
            @RequestParam(required = false) UnitType type,
            @RequestParam(required = false) AssessmentStatus status,
            Model model) {
        ListQuery query = params.query(SORTS);
        List<UnitProgress> all = assessments.progress(campaign);
        model.addAttribute("campaign", campaigns.get(campaign));
        List<UnitProgress> matching = filter(all, type, status).stream()
                .filter(p -> query.matches(p.unit().code(), p.unit().name()))
                .toList();
        model.addAttribute("page", Page.of(matching, query, SORTS));
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute(
                "submitted",
                all.stream()
                        .filter(p -> p.status() == AssessmentStatus.SUBMITTED)
                        .count());
        model.addAttribute("overdue", all.stream().filter(UnitProgress::overdue).count());
        model.addAttribute("total", all.size());
        return "assessment/progress";
    }

    @GetMapping("/campaigns/{campaign}/progress/export")
    ResponseEntity<byte[]> export(
            @PathVariable String campaign,
            @RequestParam(required = false) UnitType type,
            @RequestParam(required = false) AssessmentStatus status,
            @RequestParam(required = false) String q,
            Locale locale) {
        ListQuery query = ListQuery.first(SORTS).withText(q);
        List<String> headers = List.of("单位代码", "单位名称", "单位类型", "自评状态", "已完成", "应完成", "完成率", "提交时间", "是否逾期");
        List<List<String>> rows = filter(assessments.progress(campaign), type, status).stream()
                .filter(p -> query.matches(p.unit().code(), p.unit().name()))
                .map(p -> List.of(
                        p.unit().code(),
                        p.unit().name(),
                        p.unit().type().chinese(),
                        messages.getMessage("assessment.status." + p.status(), null, locale),
                        String.valueOf(p.answered()),
                        String.valueOf(p.applicable()),
                        p.percent() + "%",
                        p.submittedAt() == null ? "" : p.submittedAt().toString(),
                        p.overdue() ? "逾期" : ""))
                .toList();
        return Downloads.xlsx(campaign + "-自评进度.xlsx", TableWorkbook.write("自评进度", headers, rows));
    }

    private static List<UnitProgress> filter(List<UnitProgress> all, UnitType type, AssessmentStatus status) {
        return all.stream()
                .filter(p -> type == null || p.unit().type() == type)
                .filter(p -> status == null || p.status() == status)
                .toList();
    }
}
