package com.qinglian.security.web;

import com.qinglian.security.CurrentUser;
import com.qinglian.security.UnitAccess;
import com.qinglian.security.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: changing the password (required after a one-time password). */
@Controller
class AccountController {

    private final UserAccounts accounts;
    private final UserDetailsService userDetails;

    AccountController(UserAccounts accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
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

    /** The session keeps the user as signed in; reload them so that the password requirement lifts. */
    private void refreshSignedInUser(String username, HttpServletRequest request, HttpServletResponse response) {
        var fresh = userDetails.loadUserByUsername(username);
        ((CurrentUser) fresh).eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
