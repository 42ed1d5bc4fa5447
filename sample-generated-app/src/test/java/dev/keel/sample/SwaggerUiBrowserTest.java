package dev.keel.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.sample.HttpApi.Reply;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI in a real, headless Chromium: a user registers and signs in through the API, opens {@code /docs},
 * authorises with the access token, tries {@code GET /projects} and sees the 200 answer with their project. The
 * last screen is kept in {@code target/swagger-ui-list-projects.png}.
 *
 * <p>CI installs Chromium ({@code .ci/run}); without it this test fails and says how to install it, unless
 * {@code -Dkeel.browser.skip=true} is given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target/swagger-ui-list-projects.png");

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void startChromium() throws IOException {
        if (Boolean.getBoolean("keel.browser.skip")) {
            Assumptions.abort("keel.browser.skip is set: the Swagger UI browser test is skipped");
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The Swagger UI browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with 'apt-get install -y chromium chromium-driver' (.ci/run does), "
                    + "or skip this test with -Dkeel.browser.skip=true");
        }
        profile = Files.createTempDirectory("keel-chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void signedInUserListsTheirProjectsFromSwaggerUi() throws IOException {
        String token = registerAndLogIn();
        Reply created = new HttpApi(port).withToken(port, token).postJson("/api/v1/projects", "{\"name\": \"Voyager\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        browser.get("http://localhost:" + port + "/docs");
        authorize(token);
        WebElement operation = visible(By.id("operations-projects-listProjects"));
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        clickable(operation, ".try-out__btn").click();
        clickable(operation, ".btn.execute").click();

        WebElement status = visible(By.cssSelector(
                "#operations-projects-listProjects .live-responses-table .response .response-col_status"));
        WebElement body = visible(By.cssSelector(
                "#operations-projects-listProjects .live-responses-table .response-col_description pre"));
        saveScreenshot();
        assertThat(status.getText()).isEqualTo("200");
        assertThat(body.getText()).contains("\"name\": \"Voyager\"", "\"total\": 1");
    }

    private String registerAndLogIn() {
        HttpApi anonymous = new HttpApi(port);
        String email = "docs-" + UUID.randomUUID() + "@example.com";
        String credentials = "{\"email\": \"" + email + "\", \"password\": \"correct horse battery\"";
        Reply registered = anonymous.postJson("/api/v1/auth/register", credentials + ", \"name\": \"Docs\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Reply login = anonymous.postJson("/api/v1/auth/login", credentials + "}");
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().path("accessToken").asString();
    }

    /** Swagger UI's Authorize dialog: the bearer token goes into the bearerAuth scheme of the contract. */
    private void authorize(String token) {
        visible(By.cssSelector(".auth-wrapper .btn.authorize")).click();
        WebElement dialog = visible(By.cssSelector(".dialog-ux .modal-ux"));
        dialog.findElement(By.cssSelector("input[type=text], input[type=password]")).sendKeys(token);
        dialog.findElement(By.cssSelector(".auth-btn-wrapper .btn.modal-btn.auth.authorize")).click();
        clickable(dialog, ".auth-btn-wrapper .btn-done").click();
    }

    private WebElement visible(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits for the element to exist as well: Swagger UI renders an expanded operation's buttons a moment later. */
    private WebElement clickable(WebElement within, String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> within.findElements(By.cssSelector(css))
                .stream().filter(element -> element.isDisplayed() && element.isEnabled()).findFirst().orElse(null));
    }

    private void saveScreenshot() throws IOException {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }
}
