package com.qinglian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message exists in Chinese and in English, and no value is left empty. */
class I18nPropertiesSyncTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(file);
            assertThat(properties.stringPropertyNames())
                    .as(file)
                    .allSatisfy(key ->
                            assertThat(properties.getProperty(key)).as(key).isNotBlank());
        }
    }
}
