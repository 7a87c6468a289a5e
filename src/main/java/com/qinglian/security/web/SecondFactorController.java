package com.qinglian.security.web;

import com.qinglian.security.AccountRuleException;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.SecondFactorAuthentication;
import com.qinglian.security.SecondFactors;
import com.qinglian.security.Totp;
import com.qinglian.security.UnitAccess;
import com.qinglian.security.internal.SignInRateLimit;
import io.nayuki.qrcodegen.QrCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second factor: the code form after the password, enrolment with an authenticator app, recovery codes. */
@Controller
class SecondFactorController {

    private static final String PENDING_SECRET = "qinglian.pendingTotpSecret";

    private final SecondFactors factors;
    private final SignInRateLimit rateLimit;

    SecondFactorController(SecondFactors factors, SignInRateLimit rateLimit) {
        this.factors = factors;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/login/second-factor")
    String codeForm() {
        return "security/second-factor";
    }

    @PostMapping("/login/second-factor")
    String checkCode(
            @RequestParam(defaultValue = "") String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser user = UnitAccess.current();
        if (!user.secondFactorEnrolled()) {
            return "redirect:/account/second-factor/enrol";
        }
        SecondFactors.Check check = factors.verify(user.getUsername(), code);
        if (check != SecondFactors.Check.ACCEPTED) {
            rateLimit.failed(request.getRemoteAddr());
            model.addAttribute(
                    "problem", check == SecondFactors.Check.DELAYED ? "mfa.error.delayed" : "mfa.error.wrong");
            return "security/second-factor";
        }
        SecondFactorAuthentication.replace(user, true, request, response);
        return "redirect:/";
    }

    @GetMapping("/account/second-factor/enrol")
    String enrolForm(HttpSession session, Model model) {
        CurrentUser user = UnitAccess.current();
        if (factors.isEnrolled(user.getUsername())) {
            return "redirect:/account";
        }
        Object pending = session.getAttribute(PENDING_SECRET);
        String secret = pending == null ? Totp.newSecret() : pending.toString();
        session.setAttribute(PENDING_SECRET, secret);
        return enrolPage(user, secret, model);
    }

    @PostMapping("/account/second-factor/enrol")
    String enrol(
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        CurrentUser user = UnitAccess.current();
        Object secret = session.getAttribute(PENDING_SECRET);
        if (secret == null || factors.isEnrolled(user.getUsername())) {
            return "redirect:/account/second-factor/enrol";
        }
        List<String> codes = factors.enrol(user.getUsername(), secret.toString(), code);
        if (codes.isEmpty()) {
            rateLimit.failed(request.getRemoteAddr());
            model.addAttribute("problem", "mfa.error.wrong");
            return enrolPage(user, secret.toString(), model);
        }
        session.removeAttribute(PENDING_SECRET);
        CurrentUser enrolled = user.withSecondFactorEnrolled();
        SecondFactorAuthentication.replace(enrolled, true, request, response);
        model.addAttribute("codes", codes);
        return "account/recovery-codes";
    }

    @PostMapping("/account/second-factor/recovery-codes")
    String renewRecoveryCodes(Model model) {
        model.addAttribute(
                "codes", factors.renewRecoveryCodes(UnitAccess.current().getUsername()));
        return "account/recovery-codes";
    }

    @PostMapping("/account/second-factor/disable")
    String disable(RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = UnitAccess.current();
        try {
            factors.disable(user);
            SecondFactorAuthentication.replace(user.withoutSecondFactor(), false, request, response);
            redirect.addFlashAttribute("success", "mfa.disabled");
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/account";
    }

    private String enrolPage(CurrentUser user, String secret, Model model) {
        String uri = Totp.uri(SecondFactors.ISSUER, user.getUsername(), secret);
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("uri", uri);
        model.addAttribute("qr", svg(QrCode.encodeText(uri, QrCode.Ecc.MEDIUM)));
        model.addAttribute("required", factors.requiredFor(user.role()));
        return "account/second-factor-enrol";
    }

    /** The QR code as SVG: a path of unit squares, with a four-module quiet zone, no styles (the CSP allows none). */
    static String svg(QrCode qr) {
        int size = qr.size + 8;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + 4).append(',').append(y + 4).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" class=\"qr-code\" role=\"img\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
