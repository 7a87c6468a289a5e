package com.qinglian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action written to the audit trail can be selected in the auditor's filter, by its name: the trail
 * refuses any action outside {@link AuditActions}, every constant is in the list the filter offers, and each
 * has a name in both languages. Entries are written with the constants, never with literals.
 */
class AuditActionsTest {

    @Test
    void anActionTheFilterCannotSelectIsRefused() {
        assertThatThrownBy(() -> AuditEvent.of("SOMETHING_NEW", "unit", "A01", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SOMETHING_NEW");
    }

    @Test
    void everyConstantIsOfferedByTheFilter() throws IllegalAccessException {
        List<String> constants = new java.util.ArrayList<>();
        for (Field field : AuditActions.class.getFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(AuditActions.KNOWN).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void everyActionHasANameInBothLanguages() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(file);
            assertThat(AuditActions.KNOWN)
                    .as(file)
                    .allSatisfy(action -> assertThat(messages.getProperty("audit.action." + action))
                            .as(action)
                            .isNotBlank()
                            .isNotEqualTo(action));
        }
    }

    @Test
    void entriesAreWrittenWithTheConstants() throws IOException {
        Pattern literal = Pattern.compile("AuditEvent\\.of\\(\\s*\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> literal.matcher(read(p)).find())
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
