package dev.tandem.web.auth;

import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import java.util.Locale;

/**
 * One role of an account, written as in the accounts file and on the command line:
 * {@code admin}, {@code translator:fr}, {@code reviewer:pt-BR}, or {@code translator:*} for every language.
 */
public record Grant(Role role, String language) {

    public static final String EVERY_LANGUAGE = "*";

    public static Grant parse(String text) {
        String[] parts = text.strip().split(":", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        if (name.equals("admin") || name.equals("administrator")) {
            if (parts.length > 1) {
                throw TandemException.badInput("an administrator has every language; write just 'admin'");
            }
            return new Grant(Role.ADMIN, EVERY_LANGUAGE);
        }
        Role role = switch (name) {
            case "translator" -> Role.TRANSLATOR;
            case "reviewer" -> Role.REVIEWER;
            default -> throw TandemException.badInput("unknown role '" + text.strip()
                    + "' (use admin, translator:LANG or reviewer:LANG, e.g. translator:fr)");
        };
        if (parts.length < 2 || parts[1].isBlank()) {
            throw TandemException.badInput("say which language: " + name + ":fr (or " + name + ":* for every language)");
        }
        String language = parts[1].strip().equals(EVERY_LANGUAGE) ? EVERY_LANGUAGE : LanguageTag.of(parts[1]).tag();
        return new Grant(role, language);
    }

    /** True when this grant covers the language (a BCP 47 tag as the routes see it). */
    public boolean covers(String tag) {
        return language.equals(EVERY_LANGUAGE) || language.equalsIgnoreCase(tag);
    }

    @Override
    public String toString() {
        return role == Role.ADMIN ? "admin" : role.name().toLowerCase(Locale.ROOT) + ":" + language;
    }
}
