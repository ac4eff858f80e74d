package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in to a server that requires it, in real Chromium: the form, a wrong password, roles, signing out. */
class SignInBrowserTest {

    @RegisterExtension
    final TestServer server = TestServer.withSignIn();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    private void signIn(ChromeDriver browser, WebDriverWait wait, String name, String password) {
        WebElement nameField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-name")));
        nameField.clear();
        nameField.sendKeys(name);
        WebElement passwordField = browser.findElement(By.id("sign-in-password"));
        passwordField.clear();
        passwordField.sendKeys(password, Keys.ENTER);
    }

    @Test
    void aTranslatorSignsInWorksAndIsRefusedWhatTheirRoleDoesNotAllow() {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(server.url("/#/"));
        assertEquals("Sign in to Tandem", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-title"))).getText());
        assertTrue(browser.findElements(By.cssSelector("li.document")).isEmpty(), "no documents before signing in");

        signIn(browser, wait, "tomas", "not my password");
        WebElement error = browser.findElement(By.className("sign-in-error"));
        wait.until(driver -> !error.getText().isEmpty());
        assertEquals("wrong name or password", error.getText());

        signIn(browser, wait, "tomas", TestServer.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.document[data-id='seed']")));
        assertTrue(browser.findElement(By.id("user")).getText().startsWith("tomas"), browser.findElement(By.id("user")).getText());
        assertFalse(String.valueOf(browser.executeScript("return document.cookie")).contains("tandem_session"),
                "the session cookie is HttpOnly");

        Object refused = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/js/api.js').then(({ api }) => api.deleteDocument('seed')).then(() => done('deleted'), (e) => done(e.status + ' ' + e.message));");
        assertEquals("403 tomas may not do this: it needs an administrator", refused);
        assertTrue(Files.exists(server.data().resolve("seed").resolve("source.json")));
        Object saved = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/js/api.js').then(async ({ api }) => { const t = await api.translation('seed', 'fr');"
                + " return api.saveUnit('seed', 'fr', t.units[0].id, { baseRev: 0, target: 'Le sommet', status: 'translated', by: 'someone else' }); })"
                + ".then((unit) => done(unit.by + ' ' + unit.target), (e) => done('error ' + e.message));");
        assertEquals("tomas Le sommet", saved);

        browser.findElement(By.cssSelector("#user button.sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-title")));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-title")));
        assertTrue(browser.findElements(By.cssSelector("li.document")).isEmpty(), "signed out for real");
    }
}
