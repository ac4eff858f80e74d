package dev.tandem.web;

/** Which request paths can name one of the page's own files ({@code /web} on the class path). */
final class PageFiles {

    private PageFiles() {
    }

    /**
     * Every file of the page has an extension; a folder ({@code /js}) does not, and must be a 404
     * rather than the empty answer a folder inside a jar reads as through a URL.
     */
    static boolean isFileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() || name.lastIndexOf('.') > 0;
    }
}
