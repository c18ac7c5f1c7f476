package org.rempart.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The shared headless Chromium, pointed at the Rempart of the current test, with a few page helpers. */
public final class Browser {

    /** Window sizes the UI must work at. */
    public enum Viewport {
        LAPTOP(1280, 800, 1, false),
        PHONE(390, 844, 2, true);

        private final int width;
        private final int height;
        private final int scale;
        private final boolean mobile;

        Viewport(int width, int height, int scale, boolean mobile) {
            this.width = width;
            this.height = height;
            this.scale = scale;
            this.mobile = mobile;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;

    Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, such as {@code /login?error}. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** The path of the current page, without the query. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The query of the current page, or null. */
    public String query() {
        return URI.create(driver.getCurrentUrl()).getQuery();
    }

    public WebElement find(String css) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !all(css).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks something that loads another page (a link, a form's button) and waits for that page. */
    public Browser click(String css) {
        WebElement target = find(css);
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        waitUntil(d -> isGone(page));
        waitUntil(d -> "complete".equals(script("return document.readyState")));
        return this;
    }

    /**
     * Whether an element of the previous page is gone. Chromium answers either "stale element" or,
     * while the new document replaces the old one, "node does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** Submits the sign-in form (no checks: the caller looks where it landed). */
    public Browser signIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        return click("main form button[type=submit]");
    }

    /** The intrinsic width of an image once the browser is done loading it: 0 when it failed to load. */
    public int loadedImageWidth(String css) {
        WebElement image = find(css);
        waitUntil(d -> (Boolean) script("return arguments[0].complete", image));
        return ((Number) script("return arguments[0].naturalWidth", image)).intValue();
    }

    /** Fills in and submits the password page. */
    public Browser changePassword(String current, String replacement) {
        type("#current", current);
        type("#password", replacement);
        type("#confirmation", replacement);
        return click("main form button[type=submit]");
    }

    /** Types a second-factor code on the enrolment or verification page and submits it. */
    public Browser enterCode(String code) {
        type("#code", code);
        return click("main form button[type=submit]");
    }

    /** Forgets every cookie: the session and the language choice. */
    public Browser clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition);
    }

    /** Emulates a screen size (a phone also gets touch-screen page zoom rules), for the pages opened next. */
    public Browser viewport(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width, "height", viewport.height,
                "deviceScaleFactor", viewport.scale, "mobile", viewport.mobile));
        return this;
    }

    /** Whether the page is wider than the screen (content the reader has to scroll sideways to see). */
    public boolean overflowsHorizontally() {
        return (Boolean) script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    /**
     * The errors the browser console received since the last call: Content-Security-Policy
     * violations, resources that failed to load, script errors.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves the whole page, not just the visible part, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), screenshotBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    byte[] screenshotBytes() {
        var metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        var content = (Map<String, Object>) metrics.get("cssContentSize");
        var screen = (Map<String, Object>) metrics.get("cssLayoutViewport");
        var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", larger(content.get("width"), screen.get("clientWidth")),
                        "height", larger(content.get("height"), screen.get("clientHeight")))));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static double larger(Object a, Object b) {
        return Math.max(((Number) a).doubleValue(), ((Number) b).doubleValue());
    }
}
