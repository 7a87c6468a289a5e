package com.qinglian.notification;

/** The outbound channels: e-mail to a unit's contact, and a webhook to a group robot (钉钉 / 浙政钉 style). */
public enum ChannelKind {
    EMAIL,
    WEBHOOK
}
