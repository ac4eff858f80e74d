package dev.tandem.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed element: local name, namespace, attributes (by local name; {@code xml:lang} and
 * {@code xml:space} keep their prefix) and children. {@link #text()} is all the character data
 * inside it, inline markup flattened — bilingual files from other tools may carry inline codes,
 * and Tandem keeps their text.
 */
final class XmlElement {

    private final String name;
    private final String namespace;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** Own text runs and children in document order, for reading inline codes in place. */
    private final List<Object> content = new ArrayList<>();

    XmlElement(String name, String namespace, Map<String, String> attributes) {
        this.name = name;
        this.namespace = namespace == null ? "" : namespace;
        this.attributes = new LinkedHashMap<>(attributes);
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    List<XmlElement> children() {
        return children;
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    /** Every descendant with this name, in document order. */
    List<XmlElement> descendants(String descendantName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(descendantName)) {
                found.add(child);
            }
            found.addAll(child.descendants(descendantName));
        }
        return found;
    }

    String text() {
        return text.toString();
    }

    void add(XmlElement child) {
        children.add(child);
        content.add(child);
    }

    /** Text and child elements in order: each item a {@link String} or an {@link XmlElement}. */
    List<Object> content() {
        return content;
    }

    void appendOwnText(String characters) {
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof String previous) {
            content.set(content.size() - 1, previous + characters);
        } else {
            content.add(characters);
        }
    }

    void appendText(String characters) {
        text.append(characters);
    }
}
