package vn.ansinh.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/**
 * PrimeFaces' select menus ({@code p:selectOneMenu}) picked as a user does, robust to the ajax updates
 * that refill a menu after a choice in another and to a busy machine where a click lands early.
 */
public final class SelectOneMenu {

    private final AnSinhPages pages;

    public SelectOneMenu(AnSinhPages pages) {
        this.pages = pages;
    }

    /** Picks an option of a menu whose id starts with {@code idPrefix}, again if an ajax update replaced the menu meanwhile. */
    public void select(String idPrefix, String label) {
        for (int attempt = 1; ; attempt++) {
            try {
                trySelect(idPrefix, label);
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Waits for a menu that an earlier selection's ajax update renders; if that update never came (a
     * change event lost on a busy machine), fires the earlier menu's change again through its widget.
     */
    public void ensureOffered(String idPrefix, String label, String earlierMenuId) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                pages.waitUntil(
                        d -> d.findElements(By.cssSelector("[id^='" + idPrefix + "'].ui-selectonemenu")).stream()
                                .anyMatch(m -> m.isDisplayed()
                                        && !m.findElements(By.xpath(".//option[normalize-space(.)='" + label + "']"))
                                                .isEmpty()),
                        8);
                return;
            } catch (TimeoutException e) {
                pages.script(
                        "var w = PrimeFaces.getWidgetById(arguments[0]);"
                                + "w.selectValue(document.getElementById(arguments[0] + '_input').value);"
                                + "jQuery(document.getElementById(arguments[0] + '_input')).trigger('change');",
                        earlierMenuId);
                awaitAjax();
            }
        }
        throw new AssertionError(idPrefix + " never offered " + label + " after choosing in " + earlierMenuId);
    }

    private void trySelect(String idPrefix, String label) {
        awaitAjax();
        // a displayed menu that offers the option (an ajax update may still be refilling it)
        WebElement menu = pages.waitUntil(
                d -> d.findElements(By.cssSelector("[id^='" + idPrefix + "'].ui-selectonemenu")).stream()
                        .filter(m -> m.isDisplayed()
                                && m.findElements(By.xpath(".//option[normalize-space(.)='" + label + "']"))
                                                .size()
                                        > 0)
                        .reduce((a, b) -> b)
                        .orElse(null),
                15);
        String menuId = menu.getAttribute("id");
        WebElement item = null;
        for (int click = 1; item == null && click <= 3; click++) {
            // on a busy machine the first click can land before the widget is ready: open it again
            pages.driver()
                    .findElement(By.id(menuId))
                    .findElement(By.cssSelector(".ui-selectonemenu-trigger"))
                    .click();
            try {
                item = pages.waitUntil(
                        d -> d.findElements(By.cssSelector("[id='" + menuId + "_panel'] li")).stream()
                                .filter(li -> li.getText().equals(label) && li.isDisplayed())
                                .findFirst()
                                .orElse(null),
                        5);
            } catch (TimeoutException e) {
                item = null;
            }
        }
        assertThat(item).as("option '" + label + "' of " + menuId).isNotNull();
        // the panel slides open: a click during the animation can land on another option, and one before the opening
        // ended finds the widget without the value it reverts to (PrimeFaces sets preShowValue and aria-expanded when
        // the transition ends; an option clicked earlier threw "Cannot read properties of undefined (reading 'index')"
        // in the browser, seen once by ReportBrowserIT in a clean-clone CI)
        pages.waitUntil(
                d -> Boolean.TRUE.equals(pages.script(
                        "var w = PrimeFaces.getWidgetById(arguments[0]);"
                                + "return !jQuery(PrimeFaces.escapeClientId(arguments[0] + '_panel')).is(':animated')"
                                + " && w.preShowValue !== undefined"
                                + " && w.keyboardTarget.attr('aria-expanded') === 'true';",
                        menuId)),
                5);
        item.click();
        awaitAjax();
        if (!labelShows(menuId, label, 5)) {
            // the click did not reach the option (panel off screen or still moving; with Chromium 156 on this machine
            // it did not reach the gift list's bank menu): the option's own click, dispatched to it, as the widget
            // handles a user's (it fires the change and its ajax)
            pages.script(
                    "var id = arguments[0], label = arguments[1];"
                            + "var w = PrimeFaces.getWidgetById(id); if (!w.panel.is(':visible')) { w.show(); }"
                            + "var li = Array.from(document.querySelectorAll('[id=\"' + id + '_panel\"] li'))"
                            + "  .find(function (l) { return l.textContent.trim() === label; });"
                            + "if (li) { li.click(); }",
                    menuId,
                    label);
            awaitAjax();
        }
        assertThat(labelShows(menuId, label, 10))
                .as("menu " + menuId + " shows " + label)
                .isTrue();
    }

    private boolean labelShows(String menuId, String label, int seconds) {
        try {
            pages.waitUntil(
                    d -> d.findElement(By.id(menuId))
                            .findElement(By.cssSelector(".ui-selectonemenu-label"))
                            .getText()
                            .equals(label),
                    seconds);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    public void awaitAjax() {
        pages.waitUntil(
                d -> Boolean.TRUE.equals(
                        pages.script(
                                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")),
                15);
    }
}
