package org.rempart.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium for the whole test run (the Debian packages' binaries, never
 * downloaded: Selenium Manager is not involved since the driver is given explicitly), gives each
 * test a clean browser (no cookies, laptop viewport, blank page) as a {@link Browser}, keeps a
 * screenshot and the HTML of the page a test failed on, and quits Chromium once all tests ran.
 *
 * <p>When Chromium or chromedriver is missing the tests are skipped, unless the environment
 * variable {@code CI} is {@code true}: there a missing browser fails them, so that a CI image
 * losing its browser cannot silently turn the suite green.
 */
public final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback, ParameterResolver {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String MISSING = "Chromium/chromedriver not installed: browser tests skipped"
            + " (apt-get install chromium chromium-driver)";
    private static final Path FAILURES = Path.of("target", "browser-failures");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /**
     * Skips the test class before its application starts, each test reported as skipped with the
     * reason (an assumption failing in {@code beforeAll} would hide both the tests and the reason).
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        return "true".equals(System.getenv("CI")) ? ConditionEvaluationResult.enabled("CI=true: a missing browser fails the browser tests")
                : ConditionEvaluationResult.disabled(MISSING);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        requireBrowser(System.getenv("CI"), installed());
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips without a browser, except on CI where that fails. */
    static void requireBrowser(String ci, boolean installed) {
        if ("true".equals(ci)) {
            if (!installed) {
                Assertions.fail(MISSING.replace("browser tests skipped", "CI=true requires them"));
            }
        } else {
            Assumptions.assumeTrue(installed, MISSING);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        chromium(context).reset();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        var running = context.getRoot().getStore(NAMESPACE).get(Chromium.class, Chromium.class);
        if (running == null) {
            return;
        }
        String method = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        String name = context.getRequiredTestClass().getSimpleName() + "." + method
                + (display.startsWith(method + "(") ? "" : "-" + display.replaceAll("[^A-Za-z0-9]+", "_"));
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".png"), running.browser(0).screenshotBytes());
            Files.writeString(FAILURES.resolve(name + ".html"),
                    running.driver.getCurrentUrl() + "\n" + running.driver.getPageSource());
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save the page of failed test " + name + ": " + e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        return chromium(context).browser(Integer.parseInt(port));
    }

    private static Chromium chromium(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, type -> new Chromium(), Chromium.class);
    }

    /** The running browser; closed by JUnit with the root store, at the end of the run. */
    private static final class Chromium implements AutoCloseable {

        private final Path profile;
        private final ChromeDriver driver;

        Chromium() {
            try {
                profile = Files.createTempDirectory("rempart-chromium");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--window-size=" + Browser.Viewport.LAPTOP.width() + "," + Browser.Viewport.LAPTOP.height(),
                    // English pages whatever the machine's locale (Rempart follows Accept-Language)
                    "--lang=en-US");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
            // keeps the console (CSP violations, failed loads) for Browser.consoleErrors()
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        }

        Browser browser(int port) {
            return new Browser(driver, port);
        }

        void reset() {
            driver.get("about:blank");
            browser(0).clearCookies().viewport(Browser.Viewport.LAPTOP);
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
                    for (Path file : all) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    System.err.println("Could not delete the temporary Chromium profile " + profile + ": " + e);
                }
            }
        }
    }
}
