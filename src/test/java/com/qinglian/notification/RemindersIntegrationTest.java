package com.qinglian.notification;

import static com.qinglian.assessment.EvidenceFixtures.uploadAs;
import static com.qinglian.security.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.assessment.SelfAssessmentEvent.ItemsReturned;
import com.qinglian.campaign.CampaignDetails;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.campaign.Deadlines;
import com.qinglian.notification.internal.DeadlineReminderJob;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Reminders chosen by the organiser and before deadlines, as in-app messages to the units' reporters. */
@DatabaseTest
class RemindersIntegrationTest {

    @Autowired
    Reminders reminders;

    @Autowired
    Notifications notifications;

    @Autowired
    DeadlineReminderJob job;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UnitDirectory units;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private final CurrentUser admin = signedIn("admin", Role.ADMIN, null);

    /** A campaign in self-assessment with three agencies, each with a reporter account. */
    private record Opened(String campaign, List<String> units, List<CurrentUser> reporters) {}

    private Opened opened(LocalDate deadline) {
        List<String> codes = new ArrayList<>();
        List<CurrentUser> reporters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = UnitFixtures.uniqueCode("RM");
            units.create(UnitFixtures.anAgency(code));
            String username = "lly-" + code.toLowerCase();
            users.create(new UserAccounts.NewUser(username, "联络员", Role.UNIT_REPORTER, code));
            codes.add(code);
            reporters.add(signedIn(username, Role.UNIT_REPORTER, code));
        }
        String campaign = CampaignFixtures.uniqueCode();
        CampaignDetails seed = CampaignFixtures.seedCampaign(campaign);
        campaigns.create(
                new CampaignDetails(
                        seed.code(),
                        seed.name(),
                        seed.year(),
                        seed.periodStart(),
                        seed.periodEnd(),
                        seed.rubricCode(),
                        seed.rubricVersion(),
                        new Deadlines(deadline, null, null),
                        seed.organiserNodes(),
                        seed.settings()),
                codes);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        return new Opened(campaign, codes, reporters);
    }

    private int unread(CurrentUser user) {
        return uploadAs(user, notifications::unreadCount);
    }

    @Test
    void theOrganiserRemindsTheChosenUnitsInOneActionAndTheReportersReadIt() {
        Opened opened = opened(LocalDate.now().minusDays(1));

        Reminders.Outcome outcome = uploadAs(
                admin, () -> reminders.remind(opened.campaign(), opened.units().subList(0, 2), false, "请本周内提交"));

        assertThat(outcome.units()).isEqualTo(2);
        assertThat(outcome.recipients()).isEqualTo(2);
        assertThat(unread(opened.reporters().get(0))).isEqualTo(1);
        assertThat(unread(opened.reporters().get(1))).isEqualTo(1);
        assertThat(unread(opened.reporters().get(2))).isZero();
        Notification message =
                uploadAs(opened.reporters().get(0), notifications::mine).get(0);
        assertThat(message.kind()).isEqualTo(NotificationKind.REMINDER);
        assertThat(message.note()).isEqualTo("请本周内提交");
        assertThat(message.link()).endsWith("/units/" + opened.units().get(0) + "/self-assessment");

        assertThatThrownBy(() -> uploadAs(opened.reporters().get(1), () -> notifications.markRead(message.id())))
                .as("another user's message is not there for them")
                .isInstanceOf(NotFoundException.class);
        uploadAs(opened.reporters().get(0), () -> notifications.markRead(message.id()));
        assertThat(unread(opened.reporters().get(0))).isZero();
        assertThat(unread(opened.reporters().get(1))).isEqualTo(1);

        Reminders.Outcome everyone = uploadAs(admin, () -> reminders.remind(opened.campaign(), null, true, null));
        assertThat(everyone.units()).isEqualTo(3);
        assertThat(unread(opened.reporters().get(2))).isEqualTo(1);
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'REMIND' AND entity_id = ?")
                .param(opened.campaign())
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void aReminderNeedsUnitsThatTakePartAndHaveNotSubmitted() {
        Opened opened = opened(null);

        assertThatThrownBy(() -> uploadAs(admin, () -> reminders.remind(opened.campaign(), List.of(), false, null)))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.key())
                                .containsExactly("reminder.error.noUnits"));
        assertThatThrownBy(
                        () -> uploadAs(admin, () -> reminders.remind(opened.campaign(), List.of("NOPE"), false, null)))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.key())
                                .containsExactly("reminder.error.notParticipant"));
        assertThat(unread(opened.reporters().get(0))).isZero();
    }

    @Test
    void deadlineRemindersGoOutOncePerUnitAndDeadlineEvenWhenTwoNodesRunAtOnce() throws Exception {
        Opened near = opened(LocalDate.now().plusDays(2));
        Opened far = opened(LocalDate.now().plusDays(30));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(job::run, job::run);
            for (Future<Integer> run : nodes.invokeAll(runs)) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        job.run();

        for (CurrentUser reporter : near.reporters()) {
            assertThat(unread(reporter)).as(reporter.getUsername()).isEqualTo(1);
            Notification message = uploadAs(reporter, notifications::mine).get(0);
            assertThat(message.kind()).isEqualTo(NotificationKind.DEADLINE_APPROACHING);
            assertThat(message.args())
                    .containsExactly(
                            campaigns.get(near.campaign()).name(),
                            LocalDate.now().plusDays(2).toString(),
                            "2");
        }
        long rows = jdbc.sql("""
                        SELECT COUNT(*) FROM sent_reminder s JOIN campaign c ON c.id = s.campaign_id WHERE c.code = ?
                        """).param(near.campaign()).query(Long.class).single();
        assertThat(rows).isEqualTo(3);
        for (CurrentUser reporter : far.reporters()) {
            assertThat(unread(reporter)).as("deadline a month away").isZero();
        }
    }

    @Test
    void returnedItemsAndThePublicityReachTheUnitsReporters() {
        Opened opened = opened(null);
        String unit = opened.units().get(0);
        transactions.executeWithoutResult(status ->
                events.publishEvent(new ItemsReturned(opened.campaign(), unit, List.of("A1.1.1", "A1.1.2"), "缺少会议记录")));

        List<Notification> returned = uploadAs(opened.reporters().get(0), notifications::mine);
        assertThat(returned).extracting(Notification::kind).containsExactly(NotificationKind.ITEMS_RETURNED);
        assertThat(returned.get(0).args())
                .containsExactly(campaigns.get(opened.campaign()).name(), "2", "缺少会议记录");
        assertThat(unread(opened.reporters().get(1))).isZero();

        campaigns.move(opened.campaign(), CampaignStatus.REVIEW, "进入评审");
        CampaignFixtures.publish(campaigns, opened.campaign());

        for (CurrentUser reporter : opened.reporters()) {
            assertThat(uploadAs(reporter, notifications::mine))
                    .extracting(Notification::kind)
                    .contains(NotificationKind.PUBLICITY_OPENED);
        }
    }
}
