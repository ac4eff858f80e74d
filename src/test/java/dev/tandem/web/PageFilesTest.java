package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PageFilesTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    @Test
    void thePageAndItsScriptsAreServedWithTheirTypes() throws Exception {
        HttpResponse<String> page = server.send("GET", "/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        HttpResponse<String> script = server.send("GET", "/js/main.js", null);
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").contains("javascript"), script.headers().toString());
    }

    /** As {@code java -jar target/tandem.jar serve} serves them: the page's files inside a jar. */
    @Test
    void fromAJarThePageIsServedAndAFolderIsNotFoundRatherThanAnEmptyFile(@TempDir Path folder) throws Exception {
        Path jar = folder.resolve("page.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : List.of("web/", "web/index.html", "web/js/", "web/js/app.js")) {
                out.putNextEntry(new JarEntry(entry));
                if (!entry.endsWith("/")) {
                    out.write(("<!-- " + entry + " -->").getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        Workbench workbench = TestWorkbench.withSeed(folder.resolve("data"));
        WebServer server;
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader onlyTheJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            thread.setContextClassLoader(onlyTheJar);
            server = new WebServer(workbench).start("127.0.0.1", 0);
            thread.setContextClassLoader(before);
            try {

                assertEquals("<!-- web/index.html -->", get(server, "/").body());
                assertEquals("<!-- web/js/app.js -->", get(server, "/js/app.js").body());
                assertEquals(404, get(server, "/js").statusCode());
                assertEquals(404, get(server, "/js/nothing.js").statusCode());
            } finally {
                server.stop();
                workbench.pipeline().close();
            }
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static HttpResponse<String> get(WebServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onlyPathsEndingInANameWithAnExtensionCanBePageFiles() {
        assertTrue(PageFiles.isFileName("/"));
        assertTrue(PageFiles.isFileName("/js/main.js"));
        assertTrue(PageFiles.isFileName("/index.html"));
        assertFalse(PageFiles.isFileName("/js"));
        assertFalse(PageFiles.isFileName("/.hidden"));
        assertFalse(PageFiles.isFileName("/api/documents"));
    }
}
