package com.qinglian.shared.web;

import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputRejectedException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Saving one item from a long page (a self score, an evaluator's score), as htmx does it field by field or
 * a browser without scripts does it by a plain post: the binding is checked first, the service decides the
 * rest, and every refusal comes back in the user's words to be shown beside the field, never dropped.
 */
@Component
public class ItemSaves {

    private final ProblemMessages messages;

    ItemSaves(ProblemMessages messages) {
        this.messages = messages;
    }

    /** What became of a save: done, or refused with the reason; {@code conflict} when someone else saved first. */
    public record Outcome(String problem, boolean conflict) {

        public boolean saved() {
            return problem == null;
        }
    }

    /**
     * Runs {@code save} unless the form did not bind; a conflict that must answer 409 on its own (a finalized
     * campaign) propagates, every other refusal becomes the outcome's problem.
     */
    public Outcome attempt(BindingResult binding, Runnable save, Locale locale, String conflictKey) {
        if (binding.hasErrors()) {
            return new Outcome(messages.fields(binding, locale), false);
        }
        try {
            save.run();
            return new Outcome(null, false);
        } catch (InputRejectedException e) {
            return new Outcome(
                    String.join(
                            ";",
                            messages.byRow(e.problems(), locale).stream()
                                    .map(ProblemMessages.Line::message)
                                    .toList()),
                    false);
        } catch (ConflictException e) {
            if (!e.shownInPlace()) {
                throw e;
            }
            return e.messageKey() != null
                    ? new Outcome(messages.text(e.messageKey(), locale), false)
                    : new Outcome(messages.text(conflictKey, locale), true);
        }
    }

    /**
     * The answer to a plain post: back to the item on its page, with the outcome as a flash message. The
     * path is a URI template whose variables are encoded, so no code typed into a URL can reach the view name.
     */
    public String backTo(
            Outcome outcome,
            RedirectAttributes redirect,
            String successKey,
            String pathTemplate,
            String anchor,
            Object... variables) {
        if (outcome.saved()) {
            redirect.addFlashAttribute("success", successKey);
        } else {
            redirect.addFlashAttribute("problemText", outcome.problem());
        }
        return redirectTo(pathTemplate, anchor, variables);
    }

    /** A redirect view name from a URI template whose variables are encoded: no code reaches the view name raw. */
    public static String redirectTo(String pathTemplate, String anchor, Object... variables) {
        return "redirect:"
                + UriComponentsBuilder.fromPath(pathTemplate)
                        .fragment(anchor)
                        .buildAndExpand(variables)
                        .encode()
                        .toUriString();
    }
}
