package com.qinglian.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every refusal reads as a sentence in Chinese and English, with its limit filled in. */
class EvidenceMessagesTest {

    private final ResourceBundleMessageSource messages = messages();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void everyRefusalHasAMessageInBothLanguages() {
        for (Refusal reason : Refusal.values()) {
            String chinese = messages.getMessage(reason.messageKey(), new Object[] {20L}, Locale.SIMPLIFIED_CHINESE);
            String english = messages.getMessage(reason.messageKey(), new Object[] {20L}, Locale.ENGLISH);
            assertThat(chinese).as(reason.name()).isNotEqualTo(english).doesNotContain("{0}");
            assertThat(english).as(reason.name()).doesNotContain("{0}");
        }
    }

    @Test
    void limitsAppearInTheMessage() {
        EvidenceRejectedException tooLarge = new EvidenceRejectedException(Refusal.TOO_LARGE, 20L);
        assertThat(messages.getMessage(tooLarge.messageKey(), tooLarge.args(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("文件超过 20 MB 的上限");
        EvidenceRejectedException quota = new EvidenceRejectedException(Refusal.UNIT_QUOTA, 500L);
        assertThat(messages.getMessage(quota.messageKey(), quota.args(), Locale.ENGLISH))
                .contains("500 MB");
    }
}
