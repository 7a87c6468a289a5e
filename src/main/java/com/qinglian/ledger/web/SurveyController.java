package com.qinglian.ledger.web;

import com.qinglian.campaign.Campaign;
import com.qinglian.campaign.Campaigns;
import com.qinglian.ledger.Ledger;
import com.qinglian.ledger.surveys.SurveyKind;
import com.qinglian.ledger.surveys.SurveySheet;
import com.qinglian.ledger.surveys.Surveys;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.web.Downloads;
import com.qinglian.shared.web.ProblemMessages;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Survey imports (第三方测评, 万人双评议): the form with its error report, the template and the imported results. */
@Controller
class SurveyController {

    private final Surveys surveys;
    private final Ledger ledger;
    private final Campaigns campaigns;
    private final ProblemMessages messages;

    SurveyController(Surveys surveys, Ledger ledger, Campaigns campaigns, ProblemMessages messages) {
        this.surveys = surveys;
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{campaign}/surveys")
    String page(@PathVariable("campaign") String code, Model model) {
        return page(campaigns.get(code), null, null, model);
    }

    @GetMapping("/campaigns/{campaign}/surveys/template")
    ResponseEntity<byte[]> template(@PathVariable("campaign") String code) {
        campaigns.get(code);
        return Downloads.xlsx("测评结果导入模板.xlsx", SurveySheet.template());
    }

    @PostMapping("/campaigns/{campaign}/surveys")
    String importFile(
            @PathVariable("campaign") String code,
            @RequestParam(required = false) SurveyKind kind,
            @RequestParam(required = false) String itemCode,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        Campaign campaign = campaigns.get(code);
        campaign.requireNotFinalized();
        String filename = file == null ? null : file.getOriginalFilename();
        try {
            surveys.importSurvey(code, kind, itemCode, filename, file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute("success", "survey.imported");
            return "redirect:/campaigns/" + code + "/surveys";
        } catch (InputRejectedException e) {
            model.addAttribute("filename", filename);
            model.addAttribute("problems", messages.byRow(e.problems(), locale));
            model.addAttribute("kind", kind);
            model.addAttribute("itemCode", itemCode);
            return page(campaign, kind, itemCode, model);
        }
    }

    private String page(Campaign campaign, SurveyKind kind, String itemCode, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("kinds", SurveyKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("itemCode", itemCode);
        model.addAttribute("items", surveys.items(campaign.code()));
        model.addAttribute("imports", ledger.surveys(campaign.code()));
        model.addAttribute("writable", !campaign.readOnly());
        return "ledger/surveys";
    }
}
