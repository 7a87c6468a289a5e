package com.qinglian.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form post answered with its own page again, because something was refused, answers 422 (409 for an edit
 * clash): the page and its messages, but a status that says the change did not happen. Controllers keep
 * putting the refusal into the model under the names the templates show ({@code problems}, {@code problem},
 * {@code error}, a binding result with errors, or {@code conflict}); this decides the status in one place.
 */
class RefusedFormStatus implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null
                || !"POST".equals(request.getMethod())
                || response.getStatus() != HttpStatus.OK.value()
                || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        Map<String, Object> model = page.getModel();
        if (Boolean.TRUE.equals(model.get("conflict"))) {
            response.setStatus(HttpStatus.CONFLICT.value());
        } else if (refused(model)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
    }

    static boolean refused(Map<String, Object> model) {
        // expectationProblems: the rubric page holds a draft's problems and an expectation form's apart
        for (String name : new String[] {"problems", "problem", "error", "problemText", "expectationProblems"}) {
            Object value = model.get(name);
            if (value instanceof Collection<?> c
                    ? !c.isEmpty()
                    : value instanceof Map<?, ?> m ? !m.isEmpty() : value != null) {
                return true;
            }
        }
        return model.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
                        && e.getValue() instanceof BindingResult result
                        && result.hasErrors());
    }
}
