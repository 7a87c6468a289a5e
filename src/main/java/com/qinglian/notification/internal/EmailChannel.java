package com.qinglian.notification.internal;

import com.qinglian.notification.ChannelKind;
import com.qinglian.notification.DeliveryFailedException;
import com.qinglian.notification.OutboundChannel;
import com.qinglian.notification.OutboundMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail through an SMTP server (Spring Mail). Built from {@code qinglian.notification.mail.*} rather than
 * Boot's {@code spring.mail.*}, so that an unset host means "off" and not a sender aimed at nowhere.
 */
public class EmailChannel implements OutboundChannel {

    private final NotificationProperties.Mail settings;
    private final JavaMailSenderImpl sender;

    public EmailChannel(NotificationProperties.Mail settings) {
        this.settings = settings;
        this.sender = new JavaMailSenderImpl();
        if (settings.configured()) {
            sender.setHost(settings.host());
            sender.setPort(settings.port());
            sender.setDefaultEncoding("UTF-8");
            if (settings.username() != null && !settings.username().isBlank()) {
                sender.setUsername(settings.username());
                sender.setPassword(settings.password());
            }
            Properties props = sender.getJavaMailProperties();
            props.put("mail.smtp.auth", String.valueOf(sender.getUsername() != null));
            props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
            props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
            props.put("mail.smtp.connectiontimeout", "5000");
            props.put("mail.smtp.timeout", "10000");
            props.put("mail.smtp.writetimeout", "10000");
        }
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public boolean enabled() {
        return settings.configured();
    }

    @Override
    public void send(OutboundMessage message) {
        if (!enabled()) {
            throw new DeliveryFailedException("e-mail is not configured");
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            sender.send(mime);
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailedException("SMTP: " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
