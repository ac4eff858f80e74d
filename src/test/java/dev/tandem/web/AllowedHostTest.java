package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.RawHttp;
import dev.tandem.TempFolder;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reverse proxy's public name is answered once it is named with --allowed-host. */
class AllowedHostTest {

    @Test
    void aNamedProxyHostIsAnsweredAndOthersAreNot() throws Exception {
        Path data = TempFolder.create("tandem-allowed-host");
        Workbench workbench = TestWorkbench.withSeed(data);
        WebServer server = new WebServer(workbench,
                new SecuritySettings("127.0.0.1", List.of("tandem.example.org"), false, null)).start("127.0.0.1", 0);
        try {
            assertEquals(200, RawHttp.get(server.port(), "/api/documents", "tandem.example.org").status());
            assertEquals(200, RawHttp.get(server.port(), "/api/documents", "Tandem.Example.Org:443").status());
            assertEquals(403, RawHttp.get(server.port(), "/api/documents", "other.example.org").status());
        } finally {
            server.stop();
            TempFolder.delete(data);
        }
    }
}
