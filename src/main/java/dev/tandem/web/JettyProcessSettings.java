package dev.tandem.web;

import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.resource.URLResourceFactory;

/**
 * Jetty's process-wide settings, made before the server is built; Tandem runs one web server per
 * process. Both keep start-up work off the way to the first answer.
 */
final class JettyProcessSettings {

    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private JettyProcessSettings() {
    }

    static void apply() {
        // Jetty serves class-path files from a jar by mounting the whole jar as a zip file system,
        // which indexes every entry first: for tandem.jar (about 90,000 entries) a good part of a
        // second. Through the class loader's own jar: URLs, the page's few files cost what they weigh.
        ResourceFactory.registerResourceFactory("jar", new URLResourceFactory());
        // Unless told, Jetty asks JMX whether object references are compressed (to pad a queue to a
        // cache line), which starts the platform MBean server: a tenth of a second. They are
        // compressed below a 32 GB heap, and then 16 fit a 64-byte line.
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, Runtime.getRuntime().maxMemory() < (32L << 30) ? "16" : "8");
        }
    }
}
