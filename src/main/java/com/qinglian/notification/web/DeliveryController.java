package com.qinglian.notification.web;

import com.qinglian.notification.ChannelKind;
import com.qinglian.notification.Deliveries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's view of outbound messages: failed ones first, each can be sent again. */
@Controller
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/notifications/deliveries")
    String list(Model model) {
        model.addAttribute("deliveries", deliveries.recent());
        model.addAttribute("failed", deliveries.failedCount());
        model.addAttribute("emailOn", deliveries.enabled(ChannelKind.EMAIL));
        model.addAttribute("webhookOn", deliveries.enabled(ChannelKind.WEBHOOK));
        return "notification/deliveries";
    }

    @PostMapping("/notifications/deliveries/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        deliveries.retry(id);
        deliveries.deliverDue();
        redirect.addFlashAttribute("success", "delivery.retried");
        return "redirect:/notifications/deliveries";
    }
}
