package org.rempart.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test that drives Rempart through headless Chromium over real HTTP. Test methods take a
 * {@link Browser} parameter; without Chromium the tests are skipped (failed when {@code CI=true}),
 * see {@link BrowserExtension}. Select or exclude them with the "browser" tag.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Selenium warns that it has no DevTools bindings for this Chromium: only its WebDriver part is used.
        "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
        "logging.level.org.openqa.selenium.chromium.ChromiumDriver=error"})
@Import(IdentityFixtures.class)
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {
}
