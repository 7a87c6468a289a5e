package com.qinglian.notification.web;

import com.qinglian.notification.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's in-app messages (站内消息). */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("notifications", notifications.mine());
        return "notification/list";
    }

    /** Marks the message read and opens what it is about (links are the application's own paths). */
    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        String link = notifications.markRead(id);
        boolean local = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
        return "redirect:" + (local ? link : "/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        notifications.markAllRead();
        redirect.addFlashAttribute("success", "notification.allRead");
        return "redirect:/notifications";
    }
}
