package com.qinglian.unit.web;

import com.qinglian.security.UnitAccess;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.ListQuery;
import com.qinglian.shared.web.ListParams;
import com.qinglian.shared.web.ProblemMessages;
import com.qinglian.unit.Unit;
import com.qinglian.unit.UnitDirectory;
import com.qinglian.unit.UnitQuery;
import com.qinglian.unit.UnitType;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Unit pages: list and search, one unit, create, edit, deactivate and reactivate. */
@Controller
class UnitController {

    private final UnitDirectory units;
    private final UnitAccess access;
    private final ProblemMessages messages;

    UnitController(UnitDirectory units, UnitAccess access, ProblemMessages messages) {
        this.units = units;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/units")
    String list(
            ListParams params,
            @RequestParam(required = false) UnitType type,
            @RequestParam(required = false) Boolean active,
            Model model) {
        ListQuery query = params.query(UnitDirectory.LIST_SORTS);
        model.addAttribute("page", units.page(new UnitQuery(query.q(), type, active), query));
        model.addAttribute("type", type);
        model.addAttribute("active", active);
        model.addAttribute("types", UnitType.values());
        return "unit/list";
    }

    @GetMapping("/units/{code}")
    String show(@PathVariable String code, Model model) {
        access.requireRead(code);
        model.addAttribute("unit", units.get(code));
        return "unit/show";
    }

    @GetMapping("/units/new")
    String createForm(Model model) {
        model.addAttribute("form", new UnitForm());
        return form(model, true);
    }

    @PostMapping("/units")
    String create(@ModelAttribute("form") UnitForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Unit unit = units.create(form.details());
            redirect.addFlashAttribute("success", "unit.saved");
            return "redirect:/units/" + unit.code();
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            return form(model, true);
        }
    }

    @GetMapping("/units/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", UnitForm.of(units.get(code)));
        return form(model, false);
    }

    @PostMapping("/units/{code}")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") UnitForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        form.setCode(code);
        try {
            units.update(form.details(), form.getVersion());
            redirect.addFlashAttribute("success", "unit.saved");
            return "redirect:/units/" + code;
        } catch (InputRejectedException e) {
            model.addAttribute("problems", messages.byField(e.problems(), locale));
            return form(model, false);
        } catch (UnitDirectory.ConcurrentEditException e) {
            model.addAttribute("error", "unit.error.concurrentEdit");
            model.addAttribute("conflict", true);
            return form(model, false);
        }
    }

    @PostMapping("/units/{code}/deactivate")
    String deactivate(
            @PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        units.deactivate(code, reason);
        redirect.addFlashAttribute("success", "unit.deactivated");
        return "redirect:/units/" + code;
    }

    @PostMapping("/units/{code}/activate")
    String activate(
            @PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        units.activate(code, reason);
        redirect.addFlashAttribute("success", "unit.activated");
        return "redirect:/units/" + code;
    }

    private String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("agencies", units.find(new UnitQuery(null, UnitType.AGENCY, true)));
        return "unit/form";
    }
}
