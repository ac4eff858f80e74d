package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The exchange panel in the editor, in real headless Chromium against a real server. */
class ExchangePanelBrowserTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();
    @TempDir
    Path files;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private EditorPage page;

    @BeforeEach
    void start() {
        browser = chromium.driver();
        page = new EditorPage(browser, server.url(""));
        wait = page.wait;
        page.open("#/doc/seed/fr", "Ana");
    }

    @Test
    void downloadLinkFollowsTheChosenFormatAndServesTheFile() {
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-download")));
        assertTrue(link.getAttribute("href").endsWith("/api/documents/seed/translations/fr/export?format=xliff"), link.getAttribute("href"));
        new Select(browser.findElement(By.id("export-format"))).selectByValue("tmx");
        String href = link.getAttribute("href");
        assertTrue(href.endsWith("export?format=tmx"), href);
        Object body = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t))).catch(e => done(String(e)));", href);
        assertTrue(String.valueOf(body).startsWith("200 <?xml"), String.valueOf(body));
        assertTrue(String.valueOf(body).contains("<tmx version=\"1.4\">"), String.valueOf(body));
    }

    @Test
    void xliff21AndXliff12DownloadAsTwoDifferentFiles() throws IOException {
        Path downloads = download("downloads", "xliff", "xliff12");
        assertEquals(List.of("seed.fr.xlf", "seed.fr.xliff12.xlf"), fileNames(downloads));
        assertTrue(Files.readString(downloads.resolve("seed.fr.xlf")).contains("version=\"2.1\""));
        assertTrue(Files.readString(downloads.resolve("seed.fr.xliff12.xlf")).contains("version=\"1.2\""));
    }

    @Test
    void translatedArticleDownloadSaysWhichUnitsFellBackToTheSource() throws IOException {
        Path downloads = Files.createDirectories(files.resolve("article"));
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        new Select(browser.findElement(By.id("export-format"))).selectByValue("txt");
        browser.findElement(By.id("export-download")).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".exchange-result")));
        wait.until(driver -> result.getText().contains("39 of 39 units are not translated yet; their source text is used"));
        wait.until(driver -> fileNames(downloads).equals(List.of("seed.fr.txt")));
    }

    @Test
    void translatedArticleDownloadsAsAWebPageAndAsAWordDocument() throws IOException {
        Path downloads = download("article-files", "article-html", "docx");
        assertEquals(List.of("seed.fr.article.html", "seed.fr.docx"), fileNames(downloads));
        assertTrue(Files.readString(downloads.resolve("seed.fr.article.html")).contains("<html lang=\"fr\">"));
    }

    /** Picks each format in the export panel and downloads it into a new folder {@code name}; waits for all the files. */
    private Path download(String name, String... formats) throws IOException {
        Path downloads = Files.createDirectories(files.resolve(name));
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Select format = new Select(browser.findElement(By.id("export-format")));
        for (String value : formats) {
            format.selectByValue(value);
            browser.findElement(By.id("export-download")).click();
        }
        wait.until(driver -> fileNames(downloads).size() == formats.length);
        return downloads;
    }

    private static List<String> fileNames(Path folder) {
        try (Stream<Path> listed = Files.list(folder)) {
            // Chromium writes to a .crdownload file first and renames it when the download is complete.
            return listed.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith(".crdownload")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void uploadedCsvFillsTheEditorAndShowsTheReport() throws IOException {
        Path csv = files.resolve("review.csv");
        Files.writeString(csv, "source,target,status\r\n"
                + "North Korea is increasing its military power year by year.,<b>La Corée du Nord</b> s'arme.,reviewed\r\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector(".exchange .tool-menu summary")).click();
        browser.findElement(By.id("import-file")).sendKeys(csv.toString());
        browser.findElement(By.cssSelector(".exchange-import button[type=submit]")).click();

        // the editor reloads its units to show the new targets; the panel keeps its report
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".exchange-result"), "1 filled"));
        wait.until(driver -> page.row("2").findElement(By.className("target-text")).getText().contains("s'arme"));
        assertEquals("<b>La Corée du Nord</b> s'arme.", page.row("2").findElement(By.className("target-text")).getText());
        assertTrue(page.row("2").findElement(By.className("unit-status")).getText().contains("reviewed"));
    }
}
