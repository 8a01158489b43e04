package io.accountsdesk.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyEnglishStringHasABokmalTranslationAndNoExtras() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> bokmal = keys("messages_nb.properties");
        assertThat(english).isNotEmpty();
        assertThat(bokmal).isEqualTo(english);
    }

    @Test
    void norwegianLocalesAllGetBokmal() {
        assertThat(Messages.load(new Locale("nb", "NO")).get("nav.accounts")).isEqualTo("Kontoer");
        assertThat(Messages.load(new Locale("no", "NO")).get("nav.accounts")).isEqualTo("Kontoer");
        assertThat(Messages.load(new Locale("nn")).get("nav.accounts")).isEqualTo("Kontoer");
        assertThat(Messages.load(Locale.ENGLISH).get("nav.accounts")).isEqualTo("Accounts");
        assertThat(Messages.load(Locale.GERMAN).get("nav.accounts")).isEqualTo("Accounts");
    }

    @Test
    void formatsArgumentsAndMarksMissingKeys() {
        Messages messages = Messages.load(Locale.ENGLISH);
        assertThat(messages.format("signIn.error.partnerId.pattern", "X1"))
                .startsWith("'X1' is not a partner id.");
        assertThat(messages.format("accounts.summary.more", 1250)).isEqualTo("1,250 accounts shown · more available");
        assertThat(messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/accountsdesk/app/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
