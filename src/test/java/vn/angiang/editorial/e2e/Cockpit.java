package vn.angiang.editorial.e2e;

import static vn.angiang.editorial.e2e.Browser.literal;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Cockpit as a signed-in manager uses it. */
final class Cockpit {

    private final Browser browser;

    private Cockpit(Browser browser) {
        this.browser = browser;
    }

    static Cockpit signIn(Browser browser, String user, String password) {
        browser.login("cockpit", user, password);
        browser.visible(By.cssSelector(".ctn-view.dashboard"));
        return new Cockpit(browser);
    }

    /** The list of deployed process definitions ("Quy trình"). */
    void openProcesses() {
        browser.go("/camunda/app/cockpit/default/#/processes");
        browser.visible(By.cssSelector("tr[ng-repeat='pd in processDefinitionData']"));
    }

    /** The row of the definition named {@code name} in the list of process definitions. */
    WebElement definitionRow(String name) {
        return browser.visible(By.xpath("//tr[@ng-repeat='pd in processDefinitionData']"
                + "[td[contains(@class,'name')]//a[normalize-space(.)=" + literal(name) + "]]"));
    }

    /** The number in the running-instances column of a definition's row. */
    static int runningInstances(WebElement row) {
        return Integer.parseInt(row.findElement(By.cssSelector("td.instances")).getText().trim());
    }

    /** Opens a definition from the list and waits until its instance {@code instanceId} is listed. */
    WebElement openDefinitionAndFindInstance(String name, String instanceId) {
        browser.click(By.xpath("//tr[@ng-repeat='pd in processDefinitionData']"
                + "/td[contains(@class,'name')]//a[normalize-space(.)=" + literal(name) + "]"));
        // the diagram is drawn before the instance table fills
        browser.visible(By.cssSelector(".djs-container svg"));
        return browser.visible(By.xpath("//tr[.//a[normalize-space(.)=" + literal(instanceId) + "]]"));
    }
}
