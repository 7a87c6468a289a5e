package com.qinglian.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The signed-in session's factors, as Spring Security 7 models them: a {@link FactorGrantedAuthority}
 * per factor passed ({@code FACTOR_PASSWORD} from the form, {@code FACTOR_TOTP} from the code form).
 */
public final class SecondFactorAuthentication {

    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";

    private SecondFactorAuthentication() {}

    public static boolean passed(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> TOTP_AUTHORITY.equals(a.getAuthority()));
    }

    /**
     * Replaces the session's authentication with one for {@code principal}, keeping the factors already
     * passed and adding the TOTP factor when {@code addTotp}; gives the session a new id when a factor is added.
     */
    public static void replace(
            CurrentUser principal, boolean addTotp, HttpServletRequest request, HttpServletResponse response) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        if (before != null) {
            before.getAuthorities().stream()
                    .filter(a -> a instanceof FactorGrantedAuthority)
                    .forEach(authorities::add);
        }
        if (addTotp && !passed(before)) {
            authorities.add(FactorGrantedAuthority.withAuthority(TOTP_AUTHORITY).build());
        }
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        token.setDetails(before == null ? null : before.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        if (addTotp && request.getSession(false) != null) {
            request.changeSessionId();
        }
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
