package dev.keel.core.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A live database Keel reads the tables from instead of DDL files.
 *
 * @param url the JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/app}
 * @param user empty to let the driver take it from the URL
 * @param password empty to let the driver take it from the URL; never shown in messages
 */
public record LiveDatabase(String url, Optional<String> user, Optional<String> password) {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@]*:)[^/@]*@");

    public LiveDatabase {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a live database needs a JDBC URL");
        }
    }

    /** The URL as messages show it: a password in its query or user info is replaced by {@code ***}. */
    public String redactedUrl() {
        String withoutQueryPassword = URL_PASSWORD.matcher(url).replaceAll("$1***");
        return URL_USER_INFO.matcher(withoutQueryPassword).replaceAll("$1***@");
    }

    @Override
    public String toString() {
        return "LiveDatabase[" + redactedUrl() + ", user=" + user.orElse("") + "]";
    }
}
