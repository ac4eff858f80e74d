package dev.tandem.extract;

/** What an element of the page holds: other elements and runs of text, in document order. */
sealed interface HtmlContent permits HtmlNode, HtmlText {
}
