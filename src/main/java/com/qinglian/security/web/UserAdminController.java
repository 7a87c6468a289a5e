package com.qinglian.security.web;

import com.qinglian.security.AccountRuleException;
import com.qinglian.security.Role;
import com.qinglian.security.SecondFactors;
import com.qinglian.security.UserAccounts;
import com.qinglian.security.UserSessions;
import com.qinglian.security.UserSheet;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import com.qinglian.shared.web.Downloads;
import com.qinglian.shared.web.ListParams;
import com.qinglian.shared.web.ProblemMessages;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
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

/**
 * User administration for ADMINs: list, create, reset password or second factor, (de)activate, end sessions,
 * Excel import and export.
 */
@Controller
class UserAdminController {

    private final UserAccounts accounts;
    private final UserSessions sessions;
    private final SecondFactors factors;
    private final ProblemMessages messages;
    private final Clock clock;

    UserAdminController(
            UserAccounts accounts,
            UserSessions sessions,
            SecondFactors factors,
            ProblemMessages messages,
            Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.factors = factors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/users")
    String list(
            ListParams params,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean active,
            Model model) {
        model.addAttribute("page", accounts.page(params.query(UserAccounts.LIST_SORTS), role, active));
        model.addAttribute("role", role);
        model.addAttribute("active", active);
        model.addAttribute("roles", Role.values());
        model.addAttribute("enrolled", factors.enrolledUsers());
        model.addAttribute("now", clock.instant());
        return "user/list";
    }

    @GetMapping("/users/new")
    String createForm(Model model) {
        model.addAttribute("roles", Role.values());
        return "user/form";
    }

    @PostMapping("/users")
    String create(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String unitCode,
            Model model,
            Locale locale) {
        try {
            var issued = accounts.create(new UserAccounts.NewUser(username, displayName, role, unitCode));
            model.addAttribute("issued", List.of(issued));
            return "user/issued";
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            model.addAttribute("roles", Role.values());
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            model.addAttribute("role", role);
            model.addAttribute("unitCode", unitCode);
            return "user/form";
        }
    }

    @PostMapping("/users/{username}/reset-password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String reason, Model model) {
        model.addAttribute("issued", List.of(accounts.resetPassword(username, reason)));
        return "user/issued";
    }

    @PostMapping("/users/{username}/deactivate")
    String deactivate(
            @PathVariable String username, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            accounts.setActive(username, false, reason);
            redirect.addFlashAttribute("success", "user.deactivated");
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/users";
    }

    @PostMapping("/users/{username}/activate")
    String activate(
            @PathVariable String username, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        accounts.setActive(username, true, reason);
        redirect.addFlashAttribute("success", "user.activated");
        return "redirect:/users";
    }

    @PostMapping("/users/{username}/end-sessions")
    String endSessions(
            @PathVariable String username, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        accounts.find(username).orElseThrow(() -> new NotFoundException("no user " + username));
        int ended = sessions.endAll(username, reason);
        redirect.addFlashAttribute("success", ended > 0 ? "session.endedAll" : "session.noneOpen");
        return "redirect:/users";
    }

    @PostMapping("/users/{username}/reset-second-factor")
    String resetSecondFactor(
            @PathVariable String username, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            factors.reset(username, reason);
            sessions.endAll(username, "second factor reset");
            redirect.addFlashAttribute("success", "mfa.reset");
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/users";
    }

    @GetMapping("/users/template")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("用户导入模板.xlsx", UserSheet.template());
    }

    @GetMapping("/users/export")
    ResponseEntity<byte[]> export() {
        return Downloads.xlsx("用户名单.xlsx", UserSheet.export(accounts.exportAll()));
    }

    @GetMapping("/users/import")
    String importForm() {
        return "user/import";
    }

    @PostMapping("/users/import")
    String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
        try {
            model.addAttribute("issued", accounts.importUsers(UserSheet.read(file.getBytes())));
            return "user/issued";
        } catch (InputRejectedException e) {
            model.addAttribute("filename", file.getOriginalFilename());
            model.addAttribute("problems", messages.byRow(e.problems(), locale));
            return "user/import";
        }
    }
}
