package dev.tandem.bench;

import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.browser.Browser;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.web.WebServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Takes the README's screenshots (web/img/screenshot-*.png) in headless Chromium at 1366×900 over
 * the seed with a few units translated, reviewed and commented. Not a test: run with
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.Screenshots [-Dexec.args=OUT-FOLDER]}.
 */
public final class Screenshots {

    private static final List<String> FRENCH = List.of(
            "Kim Jong-Un en visite en Russie",
            "La Corée du Nord renforce chaque année sa puissance militaire.",
            "Photo de la fête du Soleil",
            "Le dirigeant nord-coréen Kim Jong-Un s’est rendu en Russie.");

    private Screenshots() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args.length > 0 ? args[0] : "web/img");
        Path root = Files.createTempDirectory("tandem-screenshots");
        Workbench workbench = TestWorkbench.withSeed(root.resolve("data"));
        LanguageTag french = LanguageTag.of("fr");
        List<Unit> units = workbench.translations().translation("seed", french).units();
        Status[] statuses = {Status.REVIEWED, Status.TRANSLATED, Status.INITIAL, Status.TRANSLATED};
        for (int i = 0; i < FRENCH.size(); i++) {
            Unit unit = units.get(i);
            workbench.translations().save("seed", french, new UnitEdit(unit.id(), unit.rev(), FRENCH.get(i), statuses[i], "Ana",
                    i == 1 ? "Keep “puissance militaire”, as in the agency’s style guide." : null));
        }
        workbench.translations().addComment("seed", french, units.get(1).id(), "Is “year by year” better as « d’année en année » ?", "Ben");
        workbench.translations().addLanguage("seed", LanguageTag.of("de"));
        WebServer server = new WebServer(workbench).start("127.0.0.1", 0);
        ChromeDriver browser = Browser.start(Files.createTempDirectory(root, "profile"));
        try {
            // The page's own area (the viewport) is 1366×900, as on a common laptop screen.
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            String base = "http://127.0.0.1:" + server.port() + "/";
            browser.get(base);
            browser.executeScript("localStorage.setItem('tandem.translator', 'Ana')");
            browser.get(base + "#/doc/seed/fr");
            Thread.sleep(1500);
            Files.write(out.resolve("screenshot-editor.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.get(base + "#/");
            Thread.sleep(1000);
            Files.write(out.resolve("screenshot-documents.png"), browser.getScreenshotAs(OutputType.BYTES));
            System.out.println("screenshots written to " + out.toAbsolutePath());
        } finally {
            browser.quit();
            server.stop();
            workbench.close();
        }
    }
}
