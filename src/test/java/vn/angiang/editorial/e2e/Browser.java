package vn.angiang.editorial.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at one headless Chromium, looking at the Camunda webapps of the application under test.
 * Every wait is explicit (on an element becoming visible, clickable or gone), never a sleep: the webapps
 * are single-page AngularJS applications that render after their REST calls return.
 */
final class Browser implements AutoCloseable {

    /** Long enough for a loaded build machine; a wait returns as soon as its condition holds. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
    private static final By SIGN_IN = By.cssSelector("form button[type='submit']");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final Path screenshots;
    private final WebDriverWait wait;
    private String user = "anonymous";

    private Browser(ChromeDriver driver, Path profile, String baseUrl, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    static Browser open(Chromium chromium, String baseUrl, Path screenshots) {
        try {
            Files.createDirectories(screenshots);
            Path profile = Files.createTempDirectory("e2e-chromium-");
            return new Browser(chromium.start(profile), profile, baseUrl, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a webapp ("tasklist", "cockpit") and signs in through its login form. */
    Browser login(String app, String user, String password) {
        this.user = user;
        driver.get(baseUrl + "/camunda/app/" + app + "/");
        visible(USERNAME).sendKeys(user);
        driver.findElement(PASSWORD).sendKeys(password);
        driver.findElement(SIGN_IN).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));
        return this;
    }

    String user() {
        return user;
    }

    /** Goes to a path of the application, e.g. {@code /camunda/app/cockpit/default/#/processes}. */
    void go(String path) {
        driver.get(baseUrl + path);
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement clickable(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    void click(By locator) {
        clickable(locator).click();
    }

    void gone(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits for {@code condition}; a timeout reports {@code whatFailed}. */
    <T> T until(Function<WebDriver, T> condition, String whatFailed) {
        return new WebDriverWait(driver, PATIENCE).withMessage(whatFailed).until(condition);
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    void hover(WebElement element) {
        new Actions(driver).moveToElement(element).perform();
    }

    /** Saves what the person sees as {@code target/e2e/<name>.png}. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Screenshot and page source, for finding out why a step failed. */
    void saveEvidence(String name) {
        screenshot(name);
        try {
            Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // the screenshot is the main evidence
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    /** An XPath string literal for any text (XPath 1.0 has no escape for quotes). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
