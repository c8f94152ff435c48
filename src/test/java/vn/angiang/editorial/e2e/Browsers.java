package vn.angiang.editorial.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Opens browsers for a test and closes them after it. When a test fails, each of its browsers leaves a
 * screenshot and the page source under {@code target/e2e/FAILED-<test>-<user>.*} first.
 *
 * <p>Without Chromium the tests are skipped with the command that installs it; under CI (environment
 * variable {@code CI=true}) a missing Chromium is a failure, so that the browser tests never pass by
 * not running.
 */
final class Browsers implements TestExecutionExceptionHandler, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of("target", "e2e");

    private final Supplier<String> baseUrl;
    private final List<Browser> open = new ArrayList<>();

    Browsers(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Skips the calling test class (fails it under CI) when no Chromium is installed. */
    static Chromium requireChromium() {
        Optional<Chromium> chromium = Chromium.installed();
        if (chromium.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(Chromium.INSTALL_HINT);
        }
        Assumptions.assumeTrue(chromium.isPresent(), Chromium.INSTALL_HINT);
        return chromium.get();
    }

    /** A new browser with an empty profile: nobody is signed in. */
    Browser open() {
        Browser browser = Browser.open(requireChromium(), baseUrl.get(), SCREENSHOTS);
        open.add(browser);
        return browser;
    }

    /** The browser opened last. */
    Browser last() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no browser is open");
        }
        return open.get(open.size() - 1);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        for (Browser browser : open) {
            try {
                browser.saveEvidence("FAILED-" + context.getRequiredTestMethod().getName() + "-" + browser.user());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (Browser browser : open) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                // the next browser still closes
            }
        }
        open.clear();
    }
}
