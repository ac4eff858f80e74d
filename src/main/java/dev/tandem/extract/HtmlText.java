package dev.tandem.extract;

/** A run of text between two elements, as the parser reported it (whitespace not yet normalized). */
record HtmlText(String text) implements HtmlContent {
}
