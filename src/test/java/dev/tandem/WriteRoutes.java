package dev.tandem;

import java.util.List;

/**
 * Every state-changing route of the API, with placeholders {@code {unit}} and {@code {next}} for two
 * adjacent unit ids of {@code seed}/{@code fr}: what a cross-site attacker would try.
 */
public final class WriteRoutes {

    public record Route(String method, String path) {
        public String resolve(String unit, String next) {
            return path.replace("{unit}", unit).replace("{next}", next);
        }
    }

    public static final List<Route> ALL = List.of(
            new Route("POST", "/api/documents"),
            new Route("DELETE", "/api/documents/seed"),
            new Route("PUT", "/api/documents/seed/translations/de"),
            new Route("PUT", "/api/documents/seed/translations/fr/units/{unit}"),
            new Route("POST", "/api/documents/seed/translations/fr/units/{unit}/merge"),
            new Route("POST", "/api/documents/seed/translations/fr/units/{unit}/split"),
            new Route("POST", "/api/documents/seed/translations/fr/units/{unit}/restore"),
            new Route("POST", "/api/preview"),
            new Route("POST", "/api/documents/seed/resegment"),
            new Route("POST", "/api/documents/seed/translations/fr/alignment"),
            new Route("POST", "/api/documents/seed/translations/fr/alignment/beads/0/verify"),
            new Route("POST", "/api/documents/seed/translations/fr/import"),
            new Route("POST", "/api/documents/seed/translations/fr/units/{unit}/propagate"),
            new Route("POST", "/api/documents/seed/translations/fr/pretranslate"),
            new Route("POST", "/api/memory/references"),
            new Route("DELETE", "/api/memory/references/seed"),
            new Route("POST", "/api/glossary/terms"),
            new Route("PUT", "/api/glossary/terms/t1"),
            new Route("DELETE", "/api/glossary/terms/t1"));

    private WriteRoutes() {
    }
}
