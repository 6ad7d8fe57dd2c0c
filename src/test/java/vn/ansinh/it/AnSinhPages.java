package vn.ansinh.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;

/** Page objects: Keycloak's login page and the AnSinh shell. */
public final class AnSinhPages {

    private final WebDriver driver;
    private final String appUrl;

    public AnSinhPages(WebDriver driver, String appUrl) {
        this.driver = driver;
        this.appUrl = appUrl;
    }

    /** Opens a page of the app; if Keycloak asks for a login, logs in as {@code user}. */
    public void openAs(DemoUser user, String path) {
        driver.get(appUrl + path);
        loginOnKeycloak(user);
    }

    public void loginOnKeycloak(DemoUser user) {
        waitFor(By.id("kc-login"));
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().startsWith(appUrl));
    }

    public boolean isOnKeycloakLogin() {
        return !driver.findElements(By.id("kc-login")).isEmpty();
    }

    public void open(String path) {
        driver.get(appUrl + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(appUrl.length()).replaceAll("[?#].*", "");
    }

    public String text(String id) {
        return textOf(By.id(id));
    }

    /** The text of a visible element, read again if an ajax update replaced it meanwhile. */
    public String textOf(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void logout() {
        driver.findElement(By.id("logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> isOnKeycloakLogin() || d.getCurrentUrl().startsWith(appUrl));
    }
}
