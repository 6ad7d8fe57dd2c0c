package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/**
 * The person form ({@value #PATH}): a person is registered, a bad value is refused next to its field, a
 * likely duplicate must be acknowledged, a registered personal ID is blocked (with a link inside the
 * officer's jurisdiction, a transfer request outside it), a household is founded, an application opened.
 */
public final class PersonFormPage {

    public static final String PATH = "/registry/person-form.xhtml";

    private final AnSinhPages pages;

    public PersonFormPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /**
     * Types into a field of the form: {@code fullName}, {@code birthDate}, {@code personalId}, {@code phone},
     * {@code address}, {@code healthInsuranceCard}, {@code householdAddress}, {@code transferReason}.
     */
    public PersonFormPage fill(String field, String value) {
        pages.fill(id(field), value);
        return this;
    }

    /** Chooses the sex by its place among the radio buttons: 0 male, 1 female. */
    public PersonFormPage sex(int index) {
        pages.driver()
                .findElement(By.cssSelector("label[for='person:sex:" + index + "']"))
                .click();
        return this;
    }

    /** What the field holds now. */
    public String value(String field) {
        return pages.driver().findElement(By.id(id(field))).getAttribute("value");
    }

    /** Fills name, birth date, sex and personal ID, and saves. */
    public void register(String name, String birth, int sexIndex, String personalId) {
        fill("fullName", name);
        fill("birthDate", birth);
        sex(sexIndex);
        fill("personalId", personalId);
        save();
    }

    /** Saves, and waits until the person's page shows or the form comes back with its refusals or warnings. */
    public void save() {
        WebElement button = pages.waitFor(By.id("person:save"));
        button.click();
        // the form is re-rendered (a refusal) or the page changes (saved): either way the old button goes
        pages.waitUntilGone(button, 15);
        pages.waitUntil(
                d -> pages.path().equals("/registry/person.xhtml")
                        || !d.findElements(By.cssSelector(".ui-message-error, #person\\:duplicates"))
                                .isEmpty(),
                15);
    }

    /** The refusal shown next to a field. */
    public String messageFor(String field) {
        String fieldId = id(field);
        return pages.waitUntil(
                d -> {
                    var messages = d.findElements(By.cssSelector("[id='" + fieldId + "'] ~ .ui-message-error, "
                            + ".ui-message-error[id$='" + field + "_message']"));
                    return messages.isEmpty() || messages.get(0).getText().isBlank()
                            ? null
                            : messages.get(0).getText();
                },
                10);
    }

    /** The likely duplicates the form warns of. */
    public String duplicates() {
        return pages.textOf(By.id("person:duplicates"));
    }

    /** Ticks "this is another person" under the duplicates. */
    public void acknowledgeDuplicates() {
        pages.driver()
                .findElement(By.cssSelector("#person\\:acknowledged .ui-chkbox-box"))
                .click();
        pages.waitUntil(d -> d.findElement(By.id("person:acknowledged_input")).isSelected(), 5);
    }

    /** The link to the person already registered under the typed personal ID. */
    public WebElement existing() {
        return pages.waitFor(By.id("person:existing"));
    }

    /** The links to an existing person on the form (none when the person is outside the officer's jurisdiction). */
    public List<WebElement> existingLinks() {
        return pages.driver().findElements(By.id("person:existing"));
    }

    /** Founds a household headed by the saved person and waits for the household's page. */
    public void foundHousehold(String address) {
        fill("householdAddress", address);
        pages.driver().findElement(By.id("person:foundHousehold")).click();
        pages.waitUntil(d -> pages.path().equals("/registry/household.xhtml"), 15);
    }

    /** Opens an application for the saved person. */
    public void apply() {
        pages.driver().findElement(By.id("person:apply")).click();
    }

    /** The offer to ask the other unit for the person's file, shown when the ID is registered elsewhere. */
    public WebElement transferOffer() {
        return pages.waitFor(By.id("person:transfer"));
    }

    /** Sends the transfer request with its reason and waits for the form's answer. */
    public void requestTransfer(String reason) {
        fill("transferReason", reason);
        WebElement button = pages.waitFor(By.id("person:requestTransfer"));
        button.click();
        pages.waitUntilGone(button);
    }

    private static String id(String field) {
        return "person:" + field;
    }
}
