package dev.tandem.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a test does on the editor page, in the page's own terms: rows, the live editor, shortcuts. */
final class EditorPage {

    final ChromeDriver browser;
    final WebDriverWait wait;
    private final String base;

    /** {@code base} is the server's address, such as {@code http://127.0.0.1:1234}. */
    EditorPage(ChromeDriver browser, String base) {
        this.browser = browser;
        this.base = base;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // A row found a moment ago may have been re-rendered since; a wait tries again rather than fail.
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    String url(String hash) {
        return base + "/" + hash;
    }

    /** Opens the page at {@code hash} as translator {@code name} (null: no name yet, so the page asks). */
    void open(String hash, String name) {
        browser.get(url(""));
        if (name == null) {
            browser.executeScript("localStorage.removeItem('tandem.translator')");
        } else {
            browser.executeScript("localStorage.setItem('tandem.translator', arguments[0])", name);
        }
        browser.get(url(hash));
        if (hash.startsWith("#/doc/")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.unit.active")));
        }
    }

    List<WebElement> rows() {
        return browser.findElements(By.cssSelector("li.unit"));
    }

    List<WebElement> visibleRows() {
        return browser.findElements(By.cssSelector("li.unit:not([hidden])"));
    }

    WebElement row(String label) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[contains(@class,'unit')][.//span[@class='unit-number' and normalize-space(.)='" + label + "']]")));
    }

    WebElement activeRow() {
        return browser.findElement(By.cssSelector("li.unit.active"));
    }

    WebElement editor() {
        return browser.findElement(By.id("unit-editor"));
    }

    String activeLabel() {
        return activeRow().findElement(By.className("unit-number")).getText();
    }

    /** Sends keys to whatever has the focus, as a translator at the keyboard would. */
    void type(CharSequence... keys) {
        browser.switchTo().activeElement().sendKeys(keys);
    }

    void chord(CharSequence... keys) {
        type(Keys.chord(keys));
    }

    void waitAllSaved() {
        wait.until(ExpectedConditions.textToBe(By.id("page-status"), "All changes saved"));
    }

    void jumpTo(int segment) {
        WebElement jump = browser.findElement(By.id("jump"));
        jump.clear();
        jump.sendKeys(String.valueOf(segment), Keys.ENTER);
        wait.until(driver -> activeLabel().split("–")[0].equals(String.valueOf(segment)));
    }
}
