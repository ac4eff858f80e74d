package dev.tandem.browser;

import dev.tandem.ScopedExtension;
import dev.tandem.TempFolder;
import java.io.IOException;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium with its own temporary profile, started and quit around each test
 * ({@code @RegisterExtension final BrowserSession chromium = new BrowserSession();}) or, on a
 * {@code static} field, once for the whole class. Whether a missing browser skips or fails is
 * {@link Browser}'s rule.
 */
final class BrowserSession extends ScopedExtension {

    private Path profile;
    private ChromeDriver driver;

    ChromeDriver driver() {
        return driver;
    }

    @Override
    protected void open() throws IOException {
        profile = TempFolder.create("tandem-chromium-profile");
        driver = Browser.start(profile);
    }

    @Override
    protected void close() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            TempFolder.delete(profile);
            profile = null;
        }
    }
}
