package vn.angiang.editorial.e2e;

import static vn.angiang.editorial.e2e.Browser.literal;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form as Tasklist renders it (form-js): fields are found by their visible label, as a person
 * finds them.
 */
final class CamundaForm {

    static final By FORM = By.cssSelector("form.fjs-form");
    private static final By ERROR = By.cssSelector(".fjs-form-field-error");

    private final Browser browser;

    CamundaForm(Browser browser) {
        this.browser = browser;
        browser.visible(FORM);
    }

    /** The labels of every field, in order (without the asterisk of required fields). */
    List<String> labels() {
        return browser.all(By.cssSelector("form.fjs-form .fjs-form-field > label.fjs-form-field-label")).stream()
                .map(label -> label.getText().replace("*", "").trim())
                .filter(text -> !text.isEmpty())
                .toList();
    }

    /** The input of the field labelled {@code label} (text field, text area, select). */
    WebElement input(String label) {
        WebElement labelElement = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]"
                + "//label[contains(@class,'fjs-form-field-label')][normalize-space(text())=" + literal(label) + "]"));
        return browser.until(driver -> driver.findElement(By.id(labelElement.getAttribute("for"))));
    }

    String value(String label) {
        return input(label).getAttribute("value");
    }

    void type(String label, String text) {
        WebElement input = input(label);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Types a date into the date part of a date-time field, as the picker's own format asks ({@code MM/dd/yyyy}),
     * and confirms it as a person would with Enter.
     */
    void date(String label, String monthDayYear) {
        WebElement input = input(label);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), monthDayYear, Keys.ENTER);
    }

    /** Types a 24-hour time ({@code HH:mm}) into the time part of a date-time field and leaves it. */
    void time(String label, String hourMinute) {
        WebElement input = input(label);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), hourMinute, Keys.TAB);
    }

    /** Picks {@code option} in the drop-down field labelled {@code label}. */
    void choose(String label, String option) {
        String id = input(label).getAttribute("id");
        browser.click(By.id(id + "-display"));
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + literal(option) + "]"));
    }

    /** Ticks {@code option} of the radio group labelled {@code label}. */
    void pick(String label, String option) {
        browser.click(By.xpath(field(label) + "//label[normalize-space(.)=" + literal(option) + "]"));
    }

    /** The validation message shown under the field labelled {@code label}, once it shows. */
    String errorOf(String label) {
        return browser.visible(By.xpath(field(label) + "//*[contains(@class,'fjs-form-field-error')]")).getText().trim();
    }

    void waitUntilNoErrorShows() {
        browser.gone(ERROR);
    }

    /** XPath of the form-js field whose own label reads {@code label}. */
    private static String field(String label) {
        return "//form[contains(@class,'fjs-form')]//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
                + "[label[contains(@class,'fjs-form-field-label')][normalize-space(text())=" + literal(label) + "]]";
    }
}
