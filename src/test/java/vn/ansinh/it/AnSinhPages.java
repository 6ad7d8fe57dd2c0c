package vn.ansinh.it;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;

/**
 * Page objects: Keycloak's login page and the AnSinh shell (header, messages, error pages), and what
 * every page object needs from the browser (waiting, typing, the session's cookies, the console). The
 * page objects of single pages are in {@code vn.ansinh.it.pages}.
 */
public final class AnSinhPages {

    private final Supplier<? extends WebDriver> driver;
    private final Supplier<String> appUrl;

    public AnSinhPages(WebDriver driver, String appUrl) {
        this(() -> driver, () -> appUrl);
    }

    /** Bound to whatever browser the supplier gives (a {@link BrowserSession} gives a new one after a restart). */
    AnSinhPages(Supplier<? extends WebDriver> driver, Supplier<String> appUrl) {
        this.driver = driver;
        this.appUrl = appUrl;
    }

    public WebDriver driver() {
        return driver.get();
    }

    public String appUrl() {
        return appUrl.get();
    }

    /**
     * Opens a page of the app in a browser without a session, as {@code user}: through Keycloak's single
     * sign-on when the user has typed the password earlier in this test JVM ({@link KeycloakSessions}),
     * otherwise on Keycloak's login page.
     */
    public void openAs(DemoUser user, String path) {
        if (KeycloakSessions.restore(user, driver())) {
            driver().get(appUrl() + path);
            if (!isOnKeycloakLogin()) {
                return;
            }
            KeycloakSessions.forget(user);
            loginOnKeycloak(user);
            return;
        }
        openWithPassword(user, path);
    }

    /** Opens a page of the app in a browser without a session and logs in as {@code user} on Keycloak's login page (a test of the login itself). */
    public void openWithPassword(DemoUser user, String path) {
        driver().get(appUrl() + path);
        loginOnKeycloak(user);
    }

    public void loginOnKeycloak(DemoUser user) {
        waitFor(By.id("kc-login"));
        driver().findElement(By.id("username")).clear();
        driver().findElement(By.id("username")).sendKeys(user.username());
        driver().findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
        driver().findElement(By.id("kc-login")).click();
        waitUntil(d -> d.getCurrentUrl().startsWith(appUrl()));
        KeycloakSessions.remember(user, driver());
    }

    public boolean isOnKeycloakLogin() {
        return !driver().findElements(By.id("kc-login")).isEmpty();
    }

    public void open(String path) {
        driver().get(appUrl() + path);
    }

    public String path() {
        return driver().getCurrentUrl().substring(appUrl().length()).replaceAll("[?#].*", "");
    }

    public String text(String id) {
        return textOf(By.id(id));
    }

    /** The text of a visible element, read again if an ajax update replaced it meanwhile. */
    public String textOf(By by) {
        return waitUntil(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    public WebElement waitFor(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by)::apply);
    }

    /** Types into a visible field what it did not hold before. */
    public void fill(String id, String value) {
        WebElement input = input(id);
        input.clear();
        input.sendKeys(value);
    }

    /**
     * The text input of a field: the element of that id, or for a picker (a month's, whose element is a wrapper) its
     * input {@code id_input}. Waits for it up to 20 s.
     */
    public WebElement input(String id) {
        WebElement element = waitFor(By.id(id));
        String tag = element.getTagName();
        return "input".equals(tag) || "textarea".equals(tag) ? element : driver().findElement(By.id(id + "_input"));
    }

    /**
     * Waits up to 20 s for the condition to give a value (not null, not false), reading again after an ajax update;
     * it looks every 50 ms (Selenium's 500 ms made each wait for a navigation or an ajax answer cost half a second).
     */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(condition, 20);
    }

    static final Duration POLL = Duration.ofMillis(50);

    public <T> T waitUntil(Function<WebDriver, T> condition, int seconds) {
        return new WebDriverWait(driver(), Duration.ofSeconds(seconds), POLL)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /**
     * Waits up to the given seconds until the element has left the page: an ajax update replaced it or the page
     * changed. Selenium's {@code stalenessOf} asks the element whether it is enabled and counts only a stale
     * reference as gone; when the page is being replaced at that moment chromedriver answers "Node with given id
     * does not belong to the document" as an unknown error instead, and the wait failed (a clean-clone CI run of
     * RegistryBrowserIT). Both answers mean the element is gone.
     */
    public void waitUntilGone(WebElement element, int seconds) {
        waitUntil(d -> isGone(element), seconds);
    }

    public void waitUntilGone(WebElement element) {
        waitUntilGone(element, 20);
    }

    static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(script, arguments);
    }

    /** The browser's session cookies (whatever the container names them), as a plain HTTP client sends them. */
    public String cookieHeader() {
        return driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The body of a GET of the path with the browser's session (a download), which must answer 200. */
    public byte[] download(String path) throws java.io.IOException, InterruptedException {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(appUrl() + path))
                                .header("Cookie", cookieHeader())
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        org.assertj.core.api.Assertions.assertThat(response.statusCode())
                .as(path)
                .isEqualTo(200);
        return response.body();
    }

    /** The browser console's SEVERE entries since they were last read (a script error, a CSP refusal, a failed request). */
    public List<String> browserErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !message.contains("favicon"))
                .toList();
    }

    public void logout() {
        driver().findElement(By.id("logout")).click();
        waitUntil(d -> isOnKeycloakLogin() || d.getCurrentUrl().startsWith(appUrl()));
    }
}
