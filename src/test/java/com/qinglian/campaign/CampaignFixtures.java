package com.qinglian.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Named campaigns for tests. */
public final class CampaignFixtures {

    private CampaignFixtures() {}

    /** A publicity window open today, with the public notice on. */
    public static PublicityWindow openWindow() {
        return new PublicityWindow(LocalDate.now().minusDays(1), LocalDate.now().plusDays(14), true);
    }

    /** Opens publicity from review, overriding the results checks (for tests of what comes after). */
    public static void publish(Campaigns campaigns, String code) {
        campaigns.openPublicity(code, openWindow(), "评审完成", "测试:跳过结果检查");
    }

    /** Finalizes a campaign in publicity, overriding the results checks. */
    public static Campaign finalize(Campaigns campaigns, String code) {
        return campaigns.move(code, CampaignStatus.FINALIZED, "公示期满", "测试:跳过结果检查");
    }

    public static String uniqueCode() {
        return "c" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Campaign campaignIn(CampaignStatus status) {
        return new Campaign(
                "c2021",
                "2021 年度清廉机关建设评价",
                2021,
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31),
                "ouhai-clean-agency",
                "2021",
                status,
                Deadlines.NONE,
                List.of("A5"),
                CampaignSettingsFormat.DEFAULT,
                0);
    }

    /** A draft on the built-in rubric for the given code. */
    public static CampaignDetails seedCampaign(String code) {
        return new CampaignDetails(
                code,
                code + " 年度清廉机关建设评价",
                2021,
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31),
                "ouhai-clean-agency",
                "2021",
                new Deadlines(LocalDate.of(2021, 11, 30), LocalDate.of(2021, 12, 15), null),
                List.of("A5"),
                CampaignSettingsFormat.DEFAULT);
    }
}
