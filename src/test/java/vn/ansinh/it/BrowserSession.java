package vn.ansinh.it;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.ansinh.devstack.DemoUser;

/**
 * What every browser test stands on, as one JUnit 5 extension: the stack with the app (Keycloak,
 * Payara Micro, the database; started once per test JVM, before the test), a chromium for the test
 * (started when the test first uses it, quit after the test whatever its outcome), the shell's page
 * objects bound to it, and the running app's data: {@link #data()} prepares a test's own people and
 * cases through the app's commands, {@link #realData()} gives the people who have everything and
 * nothing that the page harness opens every page on, {@link #problemsOn} is that harness's check of
 * one page, and {@link #db()} reads what a page wrote.
 *
 * <pre>
 * &#64;RegisterExtension
 * final BrowserSession browser = new BrowserSession();
 * private final AnSinhPages pages = browser.pages();
 * </pre>
 */
final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private final DemoUser user;
    private final String landing;
    private final AnSinhPages pages =
            new AnSinhPages(this::driver, () -> TestStack.app().appUrl());
    private ChromeDriver driver;

    BrowserSession() {
        this(null, null);
    }

    private BrowserSession(DemoUser user, String landing) {
        this.user = user;
        this.landing = landing;
    }

    /** A session that logs in as {@code user} on {@code path} before each test. */
    static BrowserSession loggedInAs(DemoUser user, String path) {
        return new BrowserSession(user, path);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestStack.app();
        if (user != null) {
            pages.openAs(user, landing);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        quit();
    }

    /**
     * This test's browser, on first use: the test JVM's one chromium, emptied by the previous test ({@link #quit}), or
     * a new one.
     */
    ChromeDriver driver() {
        if (driver == null) {
            driver = SHARED.getAndSet(null);
            if (driver == null) {
                driver = Browser.start();
            }
        }
        return driver;
    }

    /** The shell's page objects, bound to this session: after {@link #restart()} they drive the new browser. */
    AnSinhPages pages() {
        return pages;
    }

    /** Quits the browser; the next use starts a new one without cookies or session (the way a second user comes in). */
    void restart() {
        quit();
    }

    String appUrl() {
        return TestStack.app().appUrl();
    }

    /** Plain JDBC on the running app's database, for assertions. */
    TestDatabase db() {
        return new TestDatabase(TestStack.app().database());
    }

    /** The app's commands on the running app's database, as given people on given days (close it when done). */
    CaseworkFixture data() {
        return new CaseworkFixture(TestStack.appData(), db());
    }

    /** The people who have everything and nothing, in Tuần Giáo and in Quỳ Hợp (built once per test JVM). */
    RichPersonFixture.Subjects realData() {
        return RichPersonFixture.onTheApp();
    }

    /** Opens the page in this browser and lists what is wrong with it (the page harness's check). */
    List<String> problemsOn(String path) {
        return PageProblems.of(pages, path);
    }

    /** The harness's check of one page with the language or accessibility check asked for. */
    List<String> problemsOn(String path, PageProblems.Check check) {
        return PageProblems.of(pages, path, check);
    }

    /**
     * Ends this test's use of the browser: it is emptied as a new one would be (one window of the usual size on a blank
     * page, no cookie of the app's or Keycloak's, no storage, no console entry left) and kept for the next test, which
     * saves starting chromium again (a second or two each time); the HTTP cache stays, as a user's would. A browser
     * that cannot be emptied is quit.
     */
    private void quit() {
        if (driver == null) {
            return;
        }
        ChromeDriver used = driver;
        driver = null;
        try {
            empty(used);
            ChromeDriver other = SHARED.getAndSet(used);
            if (other != null) {
                other.quit();
            }
        } catch (RuntimeException e) {
            try {
                used.quit();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    private static void empty(ChromeDriver browser) {
        try {
            browser.switchTo().alert().dismiss();
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            // none open
        }
        java.util.List<String> windows = new java.util.ArrayList<>(browser.getWindowHandles());
        for (String window : windows.subList(1, windows.size())) {
            browser.switchTo().window(window).close();
        }
        browser.switchTo().window(windows.get(0));
        browser.get("about:blank");
        browser.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        for (String origin : java.util.List.of(
                TestStack.app().appUrl(), TestStack.app().layout().keycloakUrl())) {
            browser.executeCdpCommand(
                    "Storage.clearDataForOrigin",
                    java.util.Map.of("origin", origin, "storageTypes", "local_storage,session_storage,indexeddb"));
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
    }

    /** The emptied browser waiting for the next test (tests of a JVM run one after the other), quit at the JVM's end. */
    private static final java.util.concurrent.atomic.AtomicReference<ChromeDriver> SHARED =
            new java.util.concurrent.atomic.AtomicReference<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            ChromeDriver left = SHARED.getAndSet(null);
                            if (left != null) {
                                left.quit();
                            }
                        },
                        "browser-quit"));
    }

    /**
     * The whole page as a PNG in target/screenshots: 1366 pixels wide, as tall as the page (900 to 4000); the window
     * gets its size back afterwards, so the test goes on as before.
     */
    void screenshot(String name) {
        screenshot(name, 1366);
    }

    /** The whole page as a PNG in target/screenshots, {@code width} pixels wide (a tablet's 768, say). */
    void screenshot(String name, int width) {
        ChromeDriver driver = driver();
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, (int)
                Math.min(4000, Math.max(900, height + 120))));
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
