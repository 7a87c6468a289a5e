/**
 * Notifications: in-app messages (站内消息) with an unread count, reminders (催办) chosen by the organiser or
 * sent before a deadline, and outbound channels (e-mail, group robots) whose failed deliveries are retried
 * and shown to the organiser.
 */
package com.qinglian.notification;
