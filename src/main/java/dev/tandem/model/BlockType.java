package dev.tandem.model;

/** The role a block of text plays in an article. Stored in lower case ("list_item"). */
public enum BlockType {
    TITLE, SUBTITLE, HEADING, PARAGRAPH, LIST_ITEM, QUOTE, CAPTION
}
