package com.qinglian.ledger;

import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.cases.CaseDetails;
import com.qinglian.ledger.surveys.SurveySheet;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Campaigns with fresh units, cases and survey sheets for ledger tests; codes are unique per call. */
public final class LedgerFixtures {

    private LedgerFixtures() {}

    /** A campaign on the seed rubric (period 2021) with its units' codes. */
    public record Scenario(String campaign, List<String> units) {
        public String unit(int i) {
            return units.get(i);
        }
    }

    /** A 2021 campaign on the seed rubric in self-assessment, with {@code unitCount} new agencies. */
    public static Scenario campaignWithUnits(Campaigns campaigns, UnitDirectory directory, int unitCount) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < unitCount; i++) {
            String code = UnitFixtures.uniqueCode("L");
            directory.create(UnitFixtures.anAgency(code));
            units.add(code);
        }
        String campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), units);
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        return new Scenario(campaign, units);
    }

    /** Moves the campaign through review and publicity to finalized. */
    public static void finalize(Campaigns campaigns, String campaign) {
        campaigns.move(campaign, CampaignStatus.REVIEW, "推进");
        CampaignFixtures.publish(campaigns, campaign);
        CampaignFixtures.finalize(campaigns, campaign);
    }

    public static String uniqueDocument() {
        return "区纪发〔2021〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
    }

    /** A second-form case (FORM2) with the given document number and date. */
    public static CaseDetails secondForm(String unit, String document, LocalDate date) {
        return new CaseDetails(unit, "FORM2", 1, BigDecimal.ONE, date, document, "区纪委区监委", "违反工作纪律");
    }

    /** A survey sheet row: unit code, respondents, rate, rating. */
    public static List<String> surveyRow(String unit, String respondents, String rate, String rating) {
        return List.of(unit, respondents, rate, rating);
    }

    public static byte[] surveySheet(List<List<String>> rows) {
        return UnitFixtures.workbook(SurveySheet.HEADERS, rows);
    }
}
