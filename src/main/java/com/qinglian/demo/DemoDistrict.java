package com.qinglian.demo;

import com.qinglian.assessment.ItemDraft;
import com.qinglian.assessment.ItemEvidence;
import com.qinglian.assessment.SelfAssessments;
import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignSettingsFormat;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.Deadlines;
import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.RubricNode;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.security.UserAccounts.NewUser;
import com.qinglian.unit.UnitDetails;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds a demo district when {@code QINGLIAN_DEMO=true} on the embedded database: 40 agencies and 80
 * stations, an account for every role, two archived campaigns and last year's campaign in review with scores,
 * ledger and results ({@link DemoReview}), and this year's campaign on the built-in rubric in self-assessment with a third of
 * the units submitted, a third half-way and small evidence files attached, dated in the campaign's year
 * ({@link DemoExpectations}: some units a quarter or a half-year short of the confirmed expectations). Deterministic, and done once:
 * a second start finds the demo campaigns and leaves everything as it is.
 */
@Component
@Order(10)
class DemoDistrict implements ApplicationRunner {

    static final String CAMPAIGN = "demo-self";
    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    private final DemoMode mode;
    private final UnitDirectory units;
    private final UserAccounts users;
    private final Campaigns campaigns;
    private final SelfAssessments assessments;
    private final ItemEvidence evidence;
    private final DemoReview review;
    private final DemoPublication publication;
    private final DemoExpectations expectations;
    private final Clock clock;

    DemoDistrict(
            DemoMode mode,
            UnitDirectory units,
            UserAccounts users,
            Campaigns campaigns,
            SelfAssessments assessments,
            ItemEvidence evidence,
            DemoReview review,
            DemoPublication publication,
            DemoExpectations expectations,
            Clock clock) {
        this.expectations = expectations;
        this.mode = mode;
        this.units = units;
        this.users = users;
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.evidence = evidence;
        this.review = review;
        this.publication = publication;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.enabled()
                || campaigns.find(CAMPAIGN).isPresent()
                || campaigns.find(DemoReview.CAMPAIGN).isPresent()) {
            return;
        }
        long start = System.nanoTime();
        List<String> unitCodes = seedUnits();
        seedAccounts(unitCodes);
        int year = LocalDate.now(clock).getYear();
        review.seedArchived("demo-archive-" + (year - 6), unitCodes, year - 6);
        review.seedArchived("demo-archive-" + (year - 5), unitCodes, year - 5);
        publication.seed(unitCodes, year - 4, year - 3);
        review.seed(unitCodes, year - 2);
        seedCampaign(unitCodes);
        log.info(
                "Demo district seeded: {} units, accounts for every role (password {}), campaigns {}, {}, {} and {} in {} ms",
                unitCodes.size(),
                DemoMode.PASSWORD,
                DemoPublication.FINALIZED,
                DemoPublication.PUBLICITY,
                DemoReview.CAMPAIGN,
                CAMPAIGN,
                (System.nanoTime() - start) / 1_000_000);
    }

    private List<String> seedUnits() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < DemoNames.AGENCIES.size(); i++) {
            String code = "A%02d".formatted(i + 1);
            create(new UnitDetails(
                    code,
                    DemoNames.AGENCIES.get(i),
                    UnitType.AGENCY,
                    null,
                    i < 9 ? "党群部门" : "政府部门",
                    person(i),
                    phone(i)));
            codes.add(code);
        }
        int n = 0;
        for (String place : DemoNames.PLACES) {
            for (DemoNames.StationKind kind : DemoNames.STATION_KINDS) {
                if (n == 80) {
                    break;
                }
                String code = "S%02d".formatted(++n);
                String parent = "A%02d".formatted(kind.agency() + 1);
                create(new UnitDetails(
                        code,
                        place + kind.suffix(),
                        UnitType.STATION,
                        parent,
                        kind.suffix(),
                        person(n + 40),
                        phone(n + 40)));
                codes.add(code);
            }
        }
        return codes;
    }

    private void create(UnitDetails details) {
        if (units.find(details.code()).isEmpty()) {
            units.create(details);
        }
    }

    private void seedAccounts(List<String> unitCodes) {
        List<NewUser> accounts = new ArrayList<>(List.of(
                new NewUser("gongwei", "工委管理员", Role.ADMIN, null),
                new NewUser("kaoping1", "考评员一组", Role.EVALUATOR, null),
                new NewUser("kaoping2", "考评员二组", Role.EVALUATOR, null),
                new NewUser("lingdao", "区领导", Role.LEADER, null),
                new NewUser("shenji", "审计员", Role.AUDITOR, null)));
        for (int i = 0; i < unitCodes.size(); i++) {
            accounts.add(new NewUser(
                    "lly-" + unitCodes.get(i).toLowerCase(),
                    person(i) + "(联络员)",
                    Role.UNIT_REPORTER,
                    unitCodes.get(i)));
        }
        users.createDemoAccounts(accounts, DemoMode.PASSWORD);
    }

    private void seedCampaign(List<String> unitCodes) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        campaigns.create(
                new CampaignDetails(
                        CAMPAIGN,
                        year + " 年度清廉机关(站所)建设评价(演示)",
                        year,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        "ouhai-clean-agency",
                        "2021",
                        new Deadlines(today.plusDays(14), today.plusDays(30), today.plusDays(40)),
                        List.of("A5"),
                        CampaignSettingsFormat.DEFAULT),
                unitCodes);
        campaigns.assign(
                CAMPAIGN,
                "kaoping1",
                unitCodes.stream().filter(c -> c.startsWith("A")).toList(),
                null,
                true);
        campaigns.assign(
                CAMPAIGN,
                "kaoping2",
                unitCodes.stream().filter(c -> c.startsWith("S")).toList(),
                null,
                true);
        campaigns.move(CAMPAIGN, CampaignStatus.SELF_ASSESSMENT, "演示:开始自评");
        expectations.confirm();
        List<RubricNode> items = BuiltInRubrics.ouhai2021().items().stream()
                .filter(i -> !i.code().startsWith("A5"))
                .toList();
        for (int u = 0; u < unitCodes.size(); u++) {
            String unit = unitCodes.get(u);
            int answered = switch (u % 3) {
                case 0 -> items.size();
                case 1 -> items.size() / 2;
                default -> 0;
            };
            if (answered > 0) {
                int seed = u;
                DemoMode.actAs(
                        "lly-" + unit.toLowerCase(),
                        Role.UNIT_REPORTER,
                        unit,
                        () -> answer(unit, items.subList(0, answered), seed, answered == items.size(), year));
            }
        }
    }

    private void answer(String unit, List<RubricNode> items, int seed, boolean submit, int year) {
        for (int i = 0; i < items.size(); i++) {
            RubricNode item = items.get(i);
            List<LocalDate> periodDocuments = DemoExpectations.periodDocuments(item.code(), year, seed);
            boolean full = (seed + i) % 5 != 0;
            BigDecimal score = full
                    ? item.points()
                    : item.points().subtract(new BigDecimal("0.5")).max(BigDecimal.ZERO);
            boolean withFile = i % 4 == 0 || !periodDocuments.isEmpty();
            assessments.save(
                    CAMPAIGN,
                    unit,
                    item.code(),
                    new ItemDraft(
                            score,
                            full ? "已按要求落实,制度健全、记录完整。" : "基本落实,个别环节记录不全,正在整改。",
                            withFile ? null : "该项以会议记录和台账形式体现,现场可查。"),
                    0);
            for (LocalDate date : periodDocuments) {
                evidence.add(
                        CAMPAIGN,
                        unit,
                        item.code(),
                        item.code() + "-" + date + "-记录.pdf",
                        new ByteArrayInputStream(DemoMode.pdf(unit + " " + item.code() + " " + date)),
                        date);
            }
            if (withFile && periodDocuments.isEmpty()) {
                evidence.add(
                        CAMPAIGN,
                        unit,
                        item.code(),
                        item.code() + "-佐证材料.pdf",
                        new ByteArrayInputStream(DemoMode.pdf(unit + " " + item.code())),
                        LocalDate.of(year, 1 + (seed + i) % 12, 15));
            }
        }
        if (submit) {
            assessments.submit(CAMPAIGN, unit);
        }
    }

    private static String person(int i) {
        return DemoNames.SURNAMES[i % DemoNames.SURNAMES.length] + DemoNames.GIVEN[(i * 7) % DemoNames.GIVEN.length];
    }

    private static String phone(int i) {
        return "0577-8%03d%04d".formatted(100 + i, 1000 + i * 37 % 9000);
    }
}
