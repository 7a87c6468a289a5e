package com.qinglian.security.web;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecondFactorAuthentication;
import com.qinglian.security.SecondFactors;
import com.qinglian.security.UnitAccess;
import com.qinglian.security.UserAccounts;
import com.qinglian.security.UserSessions;
import com.qinglian.security.internal.SessionTrackingFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password (required after a one-time password), sessions, second factor. */
@Controller
class AccountController {

    private final UserAccounts accounts;
    private final UserDetailsService userDetails;
    private final UserSessions sessions;
    private final SecondFactors factors;

    AccountController(
            UserAccounts accounts, UserDetailsService userDetails, UserSessions sessions, SecondFactors factors) {
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.sessions = sessions;
        this.factors = factors;
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute(
                "required", UnitAccess.current() != null && UnitAccess.current().mustChangePassword());
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser user = UnitAccess.current();
        List<String> problems = newPassword.equals(confirmPassword)
                ? accounts.changePassword(user.getUsername(), currentPassword, newPassword)
                : List.of("password.error.confirm");
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("required", user.mustChangePassword());
            return "account/password";
        }
        refreshSignedInUser(user.getUsername(), request, response);
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }

    /**
     * The session keeps the user as signed in; reload them so that the password requirement lifts, keeping
     * the factors this session has passed.
     */
    private void refreshSignedInUser(String username, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser fresh = (CurrentUser) userDetails.loadUserByUsername(username);
        fresh.eraseCredentials();
        SecondFactorAuthentication.replace(fresh, false, request, response);
    }

    @GetMapping("/account")
    String overview(Model model, HttpSession session) {
        CurrentUser user = UnitAccess.current();
        model.addAttribute("user", user);
        model.addAttribute("sessions", sessions.active(user.getUsername()));
        model.addAttribute("currentSession", session.getAttribute(SessionTrackingFilter.ATTRIBUTE));
        model.addAttribute("enrolled", factors.isEnrolled(user.getUsername()));
        model.addAttribute("required", factors.requiredFor(user.role()));
        model.addAttribute("recoveryCodes", factors.unusedRecoveryCodes(user.getUsername()));
        return "account/overview";
    }

    @PostMapping("/account/sessions/{id}/end")
    String endSession(@PathVariable String id, RedirectAttributes redirect) {
        sessions.end(UnitAccess.current().getUsername(), id);
        redirect.addFlashAttribute("success", "session.ended");
        return "redirect:/account";
    }
}
