package dev.tandem.web;

/** Request text echoed in an error message: shortened and without control characters. */
final class Texts {

    private Texts() {
    }

    static String shown(String text) {
        if (text == null) {
            return "(none)";
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
