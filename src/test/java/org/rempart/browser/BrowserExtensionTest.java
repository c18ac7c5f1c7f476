package org.rempart.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without a browser the browser tests are skipped, except on CI where they fail. */
class BrowserExtensionTest {

    @Test
    void aMissingBrowserSkipsTheTestsOnADeveloperMachine() {
        assertThatThrownBy(() -> BrowserExtension.requireBrowser(null, false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Chromium/chromedriver not installed: browser tests skipped"
                        + " (apt-get install chromium chromium-driver)");
        assertThatThrownBy(() -> BrowserExtension.requireBrowser("false", false))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void aMissingBrowserFailsTheTestsOnCi() {
        assertThatThrownBy(() -> BrowserExtension.requireBrowser("true", false))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Chromium/chromedriver not installed");
    }

    @Test
    void anInstalledBrowserRunsThem() {
        assertThatCode(() -> BrowserExtension.requireBrowser(null, true)).doesNotThrowAnyException();
        assertThatCode(() -> BrowserExtension.requireBrowser("true", true)).doesNotThrowAnyException();
    }
}
