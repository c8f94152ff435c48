package vn.angiang.editorial.e2e;

import static vn.angiang.editorial.e2e.Browser.literal;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** Camunda Tasklist as a signed-in person uses it. */
final class Tasklist {

    private static final By FILTER = By.cssSelector(".task-filter");
    private static final By TASKS = By.cssSelector("ol.tasks-list > li.task");
    private static final By NO_TASKS = By.xpath("//div[@cam-tasks]//*[contains(@class,'well')]");
    private static final By START_PROCESS = By.cssSelector(".start-process-action a");
    private static final By START_BUTTON = By.cssSelector(".modal-footer button.btn-primary");
    private static final By MODAL = By.cssSelector(".modal-dialog");
    private static final By CLAIM = By.cssSelector("button.claim");
    private static final By COMPLETE = By.cssSelector(".form-actions button.btn-primary");
    private static final By NOTIFICATION = By.cssSelector(".notifications .alert");
    private static final By NOTIFICATION_CLOSE = By.cssSelector(".notifications .alert [ng-transclude] button.close");

    private final Browser browser;

    private Tasklist(Browser browser) {
        this.browser = browser;
    }

    static Tasklist signIn(Browser browser, String user, String password) {
        browser.login("tasklist", user, password);
        browser.visible(FILTER);
        return new Tasklist(browser);
    }

    /** Names of the filters in the left column, top to bottom. */
    List<String> filterNames() {
        browser.visible(FILTER);
        return browser.all(By.cssSelector(".task-filter h4.name a")).stream()
                .map(link -> link.getText().replaceAll("\\(?\\d+\\)?\\s*$", "").trim())
                .toList();
    }

    /** Selects a filter and waits until its list has loaded (tasks, or the "no task" notice). */
    void openFilter(String name) {
        browser.click(filterLink(name));
        browser.visible(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]"
                + "//a[normalize-space(text())=" + literal(name) + "]"));
        browser.until(driver -> !driver.findElements(TASKS).isEmpty()
                || driver.findElements(NO_TASKS).stream().anyMatch(WebElement::isDisplayed));
    }

    /** The number Tasklist shows beside the selected filter. */
    int counterOfOpenFilter() {
        return Integer.parseInt(browser.visible(By.cssSelector(".task-filter.active .counter")).getText().trim());
    }

    /** The card of task {@code taskId} in the current list, once it shows. */
    WebElement taskCard(String taskId) {
        return browser.visible(cardOf(taskId));
    }

    /** Whether the card of task {@code taskId} is in the current list (the list must have loaded). */
    boolean listShowsTask(String taskId) {
        return browser.present(cardOf(taskId));
    }

    /** Whether a card mentioning {@code text} is in the current list (the list must have loaded). */
    boolean listMentions(String text) {
        return browser.present(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(concat(' ', normalize-space(@class), ' '), ' task ')]"
                + "[contains(normalize-space(.), " + literal(text) + ")]"));
    }

    /**
     * Opens the task of a card and waits for its form. The card is found again on every try: Tasklist
     * redraws its list while it refreshes, and an element found before the redraw is stale after it.
     */
    void openTask(String taskId) {
        By link = By.xpath("(" + cardXpath(taskId) + ")//h4[contains(@class,'task')]/a");
        browser.until(driver -> {
            try {
                driver.findElement(link).click();
                return true;
            } catch (StaleElementReferenceException | ElementClickInterceptedException redrawn) {
                return null;
            }
        });
        browser.visible(By.cssSelector("[cam-tasklist-form]"));
    }

    /** The text of the card of task {@code taskId}, read again if the list was redrawn meanwhile. */
    String taskCardText(String taskId) {
        return browser.until(driver -> {
            try {
                return driver.findElement(cardOf(taskId)).getText();
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    void claim() {
        browser.click(CLAIM);
        browser.gone(CLAIM);
    }

    CamundaForm form() {
        return new CamundaForm(browser);
    }

    /** Presses "Hoàn thành" under the task's form. */
    void pressComplete() {
        dismissNotifications();
        browser.click(COMPLETE);
    }

    /** Opens "Khởi tạo quy trình", picks the process by its name and waits for its start form. */
    CamundaForm startProcess(String processName) {
        browser.click(START_PROCESS);
        browser.click(By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space(.)=" + literal(processName) + "]"));
        return new CamundaForm(browser);
    }

    /** Presses "Bắt đầu" under a start form and waits for the dialog to close. */
    void pressStart() {
        WebElement start = browser.visible(START_BUTTON);
        browser.until(driver -> start.isEnabled(),
                "the start button \"" + start.getText().trim() + "\" stayed disabled although the form was filled in");
        start.click();
        browser.gone(MODAL);
    }

    boolean startButtonEnabled() {
        return browser.visible(START_BUTTON).isEnabled();
    }

    /** Waits for a notification containing {@code text} and returns its whole text. */
    String notification(String text) {
        return browser.visible(By.xpath("//div[contains(@class,'notifications')]/div[contains(@class,'alert')]"
                + "[contains(normalize-space(.), " + literal(text) + ")]")).getText();
    }

    void dismissNotifications() {
        for (WebElement close : browser.all(NOTIFICATION_CLOSE)) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        browser.until(driver -> driver.findElements(NOTIFICATION).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Opens a task by its address, as a link in an e-mail would. */
    void openTaskLink(String taskId) {
        browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    private static By filterLink(String name) {
        return By.xpath("//div[contains(@class,'task-filter')]//a[normalize-space(text())=" + literal(name) + "]");
    }

    /** A card links to its task: {@code <h4 class="task"><a href="#/?task=<id>">}. */
    private static By cardOf(String taskId) {
        return By.xpath(cardXpath(taskId));
    }

    private static String cardXpath(String taskId) {
        return "//ol[contains(@class,'tasks-list')]/li[contains(concat(' ', normalize-space(@class), ' '), ' task ')]"
                + "[.//h4[contains(@class,'task')]/a[@href=" + literal("#/?task=" + taskId) + "]]";
    }
}
