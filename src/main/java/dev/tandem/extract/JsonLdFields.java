package dev.tandem.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the few schema.org fields we use (headline, articleBody, author name, datePublished,
 * publisher name) from JSON-LD text. Extraction must not depend on a JSON library (those live in
 * the store), and these fields are plain strings, so a scan for {@code "key": "value"} suffices.
 */
final class JsonLdFields {

    private final List<String> scripts;

    JsonLdFields(List<String> scripts) {
        this.scripts = scripts;
    }

    String string(String key) {
        Pattern pattern = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"");
        for (String script : scripts) {
            Matcher matcher = pattern.matcher(script);
            if (matcher.find()) {
                String value = readString(script, matcher.end());
                if (!value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    /** The "name" inside an object field such as author or publisher, or the field itself when a string. */
    String name(String key) {
        Pattern pattern = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*([\\[{\"])");
        Pattern name = Pattern.compile("\"name\"\\s*:\\s*\"");
        for (String script : scripts) {
            Matcher matcher = pattern.matcher(script);
            if (!matcher.find()) {
                continue;
            }
            if (matcher.group(1).equals("\"")) {
                return readString(script, matcher.end()).strip();
            }
            Matcher nameMatcher = name.matcher(script);
            nameMatcher.region(matcher.end(), Math.min(script.length(), matcher.end() + 400));
            if (nameMatcher.find()) {
                return readString(script, nameMatcher.end()).strip();
            }
        }
        return null;
    }

    private static String readString(String json, int start) {
        StringBuilder value = new StringBuilder();
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                break;
            }
            if (c != '\\' || i + 1 >= json.length()) {
                value.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r', 'b', 'f' -> value.append(' ');
                case 'u' -> {
                    if (i + 4 < json.length()) {
                        try {
                            value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        } catch (NumberFormatException e) {
                            value.append('?');
                        }
                        i += 4;
                    }
                }
                default -> value.append(escaped);
            }
        }
        return value.toString();
    }
}
