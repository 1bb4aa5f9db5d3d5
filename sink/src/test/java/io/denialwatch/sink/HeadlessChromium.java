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

    /** The alert ids of the cards, top to bottom. */
    public static List<String> cardIds(ChromeDriver browser) {
        return ids(browser, "#alerts article.card");
    }

    /** The ids of the acknowledged cards, top to bottom. */
    public static List<String> ackedIds(ChromeDriver browser) {
        return ids(browser, "#alerts article.card.acked");
    }

    /** How many requests for a list of alerts the page has made since it was loaded. */
    public static long alertListRequests(ChromeDriver browser) {
        return (Long)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/alerts?')).length");
    }
}
