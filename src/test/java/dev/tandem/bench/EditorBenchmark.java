package dev.tandem.bench;

import dev.tandem.app.Workbench;
import dev.tandem.browser.Browser;
import dev.tandem.model.LanguageTag;
import dev.tandem.web.WebServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens generated documents of 100 and 20,000 segments (a book) in headless Chromium and measures
 * the editor: time to interactive (the {@code tandem:interactive} mark the editor sets once the
 * first rows are usable, from navigation start), a scripted scroll through the whole document and
 * typing a sentence into a unit with real key events (requestAnimationFrame deltas and long tasks),
 * each as a ratio to the 100-segment document measured in the same run. Not a test: run with
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.EditorBenchmark}.
 */
public final class EditorBenchmark {

    private static final int RUNS = 3;
    private static final int SMALL = 100;
    private static final int LARGE = 20_000;
    private static final String TYPED = "Une phrase tapée au clavier, lettre par lettre.";
    private static final String[] WORDS = ("translator source target sentence article editor review summit leader train "
            + "morning official meeting country border report minister press statement visit agreement talks city").split(" ");

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("tandem-editor-bench");
        Workbench workbench = Workbench.open(root.resolve("data"));
        for (int segments : new int[] {SMALL, LARGE}) {
            Path file = root.resolve("doc-" + segments + ".txt");
            Files.writeString(file, article(segments));
            workbench.documents().importFile(file, LanguageTag.of("en"), "doc-" + segments);
        }
        WebServer server = new WebServer(workbench).start("127.0.0.1", 0);
        ChromeDriver browser = Browser.start(Files.createTempDirectory(root, "profile"));
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
        String base = "http://127.0.0.1:" + server.port() + "/";
        try {
            browser.get(base);
            browser.executeScript("localStorage.setItem('tandem.translator', 'Bench')");
            List<String[]> rows = new ArrayList<>();
            double[] small = measure(browser, base, SMALL);
            double[] large = measure(browser, base, LARGE);
            rows.add(row(String.format("%,d", SMALL), small));
            rows.add(row(String.format("%,d", LARGE), large));
            System.out.printf("%nEditor benchmark (headless Chromium, median of %d opens; scroll: one pass, 90 %% of a screen per frame;"
                    + " typing: %d characters as key events)%n%n", RUNS, TYPED.length());
            System.out.println("| segments | rows built at open | time to interactive (ms) | scroll frames | longest frame scrolling (ms)"
                    + " | frames > 100 ms | long tasks scrolling | longest frame typing (ms) |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            rows.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
            System.out.printf("%nRatio %,d / %,d (x%d segments): time to interactive x%.1f; longest frame scrolling x%.1f; typing x%.1f%n",
                    LARGE, SMALL, LARGE / SMALL, large[0] / small[0], large[3] / Math.max(1, small[3]), large[6] / Math.max(1, small[6]));
        } finally {
            browser.quit();
            server.stop();
        }
    }

    /** [time to interactive, rows, frames, longest frame, frames over 100 ms, long tasks]. */
    private static double[] measure(ChromeDriver browser, String base, int segments) {
        double[] interactive = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            browser.get("about:blank");
            browser.get(base + "#/doc/doc-" + segments + "/fr");
            interactive[run] = ((Number) browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    (function poll() {
                      const mark = performance.getEntriesByName('tandem:interactive')[0];
                      if (mark) done(mark.startTime); else setTimeout(poll, 10);
                    })();""")).doubleValue();
        }
        Arrays.sort(interactive);
        long rowCount = (Long) browser.executeScript("return document.querySelectorAll('li.unit').length");
        @SuppressWarnings("unchecked")
        Map<String, Object> scroll = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let longTasks = 0;
                const observer = new PerformanceObserver((list) => { longTasks += list.getEntries().length; });
                try { observer.observe({ type: 'longtask' }); } catch (e) { /* not supported */ }
                const deltas = [];
                let last = 0;
                window.scrollTo(0, 0);
                function frame(now) {
                  deltas.push(now - last);
                  last = now;
                  const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
                  if (bottom) {
                    observer.disconnect();
                    done({ frames: deltas.length, longest: Math.max(...deltas), over100: deltas.filter((d) => d > 100).length, longTasks });
                    return;
                  }
                  window.scrollBy(0, Math.round(window.innerHeight * 0.9));
                  requestAnimationFrame(frame);
                }
                requestAnimationFrame((now) => { last = now; requestAnimationFrame(frame); });""");
        return new double[] {interactive[RUNS / 2], rowCount, number(scroll, "frames"), number(scroll, "longest"),
                number(scroll, "over100"), number(scroll, "longTasks"), typing(browser)};
    }

    /** The longest frame while a sentence is typed into the active unit, key by key, and autosaved. */
    private static double typing(ChromeDriver browser) {
        browser.executeScript("""
                window.scrollTo(0, 0);
                document.getElementById('unit-editor').focus();
                window.__frames = { deltas: [], last: performance.now(), on: true };
                (function frame(now) {
                  const f = window.__frames;
                  f.deltas.push(now - f.last);
                  f.last = now;
                  if (f.on) requestAnimationFrame(frame);
                })(performance.now());""");
        new Actions(browser).sendKeys(TYPED).perform();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> "All changes saved".equals(driver.findElement(By.id("page-status")).getText()));
        return ((Number) browser.executeScript(
                "window.__frames.on = false; return Math.max(...window.__frames.deltas.slice(1))")).doubleValue();
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    private static String[] row(String label, double[] figures) {
        return new String[] {label, String.format("%,.0f", figures[1]), String.format("%.0f", figures[0]),
                String.format("%.0f", figures[2]), String.format("%.0f", figures[3]), String.format("%.0f", figures[4]),
                String.format("%.0f", figures[5]), String.format("%.0f", figures[6])};
    }

    /** Paragraphs of five distinct sentences each, {@code segments} sentences in all, a heading every 50. */
    public static String article(int segments) {
        StringBuilder text = new StringBuilder("Benchmark article of ").append(segments).append(" sentences\n\n");
        int written = 1;
        while (written < segments) {
            if (written % 50 == 1 && written + 1 < segments) {
                text.append("Section ").append(written / 50 + 1).append("\n\n");
                written++;
                continue;
            }
            for (int s = 0; s < 5 && written < segments; s++, written++) {
                text.append(sentence(written)).append(' ');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private static String sentence(int n) {
        StringBuilder sentence = new StringBuilder("Sentence ").append(n);
        for (int w = 0; w < 8 + n % 12; w++) {
            sentence.append(' ').append(WORDS[(n * 7 + w * 3) % WORDS.length]);
        }
        return sentence.append('.').toString();
    }
}
