package vn.angiang.editorial.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium and its chromedriver (Debian: {@code apt-get install chromium chromium-driver}),
 * driven by Selenium without Selenium Manager: nothing is downloaded at test time.
 * Other locations can be given with the environment variables {@code CHROMIUM_BINARY} and
 * {@code CHROMEDRIVER}.
 */
final class Chromium {

    static final String INSTALL_HINT =
            "Chromium not installed: apt-get install chromium chromium-driver (or set CHROMIUM_BINARY and CHROMEDRIVER)";

    /** The zone of the server and of the officials' computers: due dates are shown in it. */
    static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

    private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/lib/chromium/chromium", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final Path binary;
    private final Path driver;

    private Chromium(Path binary, Path driver) {
        this.binary = binary;
        this.driver = driver;
    }

    /** The installed Chromium with its driver, if both are there. */
    static Optional<Chromium> installed() {
        Optional<Path> binary = executable("CHROMIUM_BINARY", BINARIES);
        Optional<Path> driver = executable("CHROMEDRIVER", DRIVERS);
        if (binary.isEmpty() || driver.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Chromium(binary.get(), driver.get()));
    }

    private static Optional<Path> executable(String variable, List<String> candidates) {
        String given = System.getenv(variable);
        List<String> paths = given == null || given.isBlank() ? candidates : List.of(given);
        return paths.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * A new headless browser with an empty profile, speaking Vietnamese first (as the officials' browsers
     * do) and living in the officials' time zone; {@code profile} is an empty directory.
     */
    ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox", // the build may run as root
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1400,1200",
                "--lang=vi-VN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", TIME_ZONE))
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }

    @Override
    public String toString() {
        return binary + " with " + driver;
    }
}
