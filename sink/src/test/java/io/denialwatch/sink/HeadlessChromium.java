package io.denialwatch.sink;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's chromium and chromium-driver, headless, and what the desk tests read off the page. */
public final class HeadlessChromium {
    private HeadlessChromium() {}

    /** Chromium and its driver as {@link SystemProgram} finds them: skipped without them, failed under CI=true. */
    public static ChromeDriver start() {
        Path chromium = SystemProgram.require("chromium", "chromium");
        Path chromedriver = SystemProgram.require("chromedriver", "chromium-driver");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.toString());
        o.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900");
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(chromedriver.toFile())
                        .usingAnyFreePort()
                        .build(),
                o);
    }

    public static By card(String id) {
        return By.cssSelector("article.card[data-alert-id='" + id + "']");
    }

    /** The alert ids of the cards matching {@code selector}, top to bottom, read in one script (the list may be re-rendered meanwhile). */
    @SuppressWarnings("unchecked")
    private static List<String> ids(ChromeDriver browser, String selector) {
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript(
                        "return [...document.querySelectorAll(arguments[0])].map(e => e.dataset.alertId)", selector);
    }

    /** The alert ids of the cards in the document now (those near the viewport), top to bottom. */
    public static List<String> cardIds(ChromeDriver browser) {
        return ids(browser, "#alerts article.card");
    }

    /** A card of the list: its place (1 = top), its alert and whether it shows as acknowledged. */
    public record Listed(int place, String id, boolean acked) {}

    /**
     * The first {@code n} alerts of the list, top to bottom, read as a reader would: scrolling
     * down from the top (only the cards near the viewport are in the document), then back up.
     * Fewer when the list holds fewer.
     */
    @SuppressWarnings("unchecked")
    public static List<Listed> listed(ChromeDriver browser, int n) {
        JavascriptExecutor js = browser;
        java.util.TreeMap<Integer, Listed> seen = new java.util.TreeMap<>();
        js.executeScript("window.scrollTo(0, 0)");
        for (int stuck = 0; seen.size() < n && stuck < 3; ) {
            // what is in the document once the page has rendered the frame after the scroll
            List<List<Object>> cards = (List<List<Object>>) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    let sent = false;
                    const read = () => {
                        if (sent) return;
                        sent = true;
                        done([...document.querySelectorAll('#alerts article.card')].map(e =>
                            [Number(e.getAttribute('aria-posinset')), e.dataset.alertId, e.classList.contains('acked')]));
                    };
                    requestAnimationFrame(() => requestAnimationFrame(read));
                    setTimeout(read, 250); // a page in the background gets no frames
                    """);
            int before = seen.size();
            for (List<Object> c : cards) {
                int place = ((Number) c.get(0)).intValue();
                seen.put(place, new Listed(place, (String) c.get(1), (Boolean) c.get(2)));
            }
            boolean moved = (Boolean)
                    js.executeScript(
                            "const y = window.scrollY; window.scrollBy(0, window.innerHeight / 2); return window.scrollY !== y;");
            stuck = moved || seen.size() > before ? 0 : stuck + 1;
        }
        js.executeScript("window.scrollTo(0, 0)");
        return seen.values().stream().limit(n).toList();
    }

    /** How many requests for a list of alerts the page has made since it was loaded. */
    public static long alertListRequests(ChromeDriver browser) {
        return (Long)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/alerts?')).length");
    }
}
