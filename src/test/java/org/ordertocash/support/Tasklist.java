package org.ordertocash.support;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in Camunda Tasklist, as Selenium steps with explicit waits. */
public final class Tasklist {

  /** The rendered Camunda Form of the open task. */
  public static final By FORM = By.cssSelector("[cam-tasklist-form] .fjs-form");

  /** A task's link in the list: {@code #/?task={id}}. */
  private static final Pattern TASK_LINK = Pattern.compile("[?&]task=([^&]+)");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private Tasklist(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /**
   * Opens Tasklist of the given engine. Test contexts name their engine uniquely, so the webapps
   * know it by that name, not by "default".
   */
  public static Tasklist open(WebDriver driver, int port, String engineName) {
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/" + engineName + "/");
    return new Tasklist(driver);
  }

  /** Logs in through the real form (the webapp sends the CSRF token itself). */
  public Tasklist logIn(String user, String password, String fullName) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[ng-model=username]"))).sendKeys(user);
    driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"), fullName));
    return this;
  }

  public Tasklist openFilter(String name) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.), \""
            + name + "\")]"))).click();
    return this;
  }

  /**
   * Opens a task from the list. The list shows only task names, so the item is picked by its
   * link to the task id; returns the task's name as listed.
   */
  public String openTask(String taskId) {
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("ol.tasks-list li.task h4.task a[href='#/?task=" + taskId + "']")));
    String name = link.getText();
    link.click();
    return name;
  }

  /**
   * Waits until the listed task ids (of the open filter's first page) satisfy the condition, then
   * answers them. Use it to assert that a task is absent once the list shows what it should.
   */
  public Set<String> listedTasksOnceThey(String what, Predicate<Set<String>> condition) {
    AtomicReference<Set<String>> listed = new AtomicReference<>(Set.of());
    new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> what + "; listed: " + listed.get())
        .until(d -> {
          listed.set(listedTaskIds());
          return condition.test(listed.get());
        });
    return listed.get();
  }

  /** The ids of the tasks in the list, top to bottom. */
  public Set<String> listedTaskIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (WebElement link : driver.findElements(By.cssSelector("ol.tasks-list li.task h4.task a"))) {
      Matcher id = TASK_LINK.matcher(String.valueOf(link.getDomAttribute("href")));
      if (id.find()) {
        ids.add(id.group(1));
      }
    }
    return ids;
  }

  /**
   * Opens a task by its link ({@code #/?task=id}) without going through a filter, waits until its
   * form is rendered and answers the form's text.
   */
  public String showTask(String taskId) {
    String before = driver.findElements(FORM).isEmpty() ? "" : driver.findElement(FORM).getText();
    driver.get(driver.getCurrentUrl().replaceFirst("#.*$", "") + "#/?task=" + taskId);
    // the task's own form: rendered, and no longer the one shown before
    new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElements(FORM).isEmpty()
        && !d.findElement(FORM).getText().isBlank() && !d.findElement(FORM).getText().equals(before));
    return driver.findElement(FORM).getText();
  }

  /**
   * Narrows the list to one order as staff are told to: type the criterion's name ("订单号") into
   * the search box, take the suggestion, type the order number.
   */
  public Tasklist searchByOrderNumber(String criterion, String orderNumber) {
    WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-search] input.main-field")));
    search.click();
    search.sendKeys(criterion);
    // the suggestion is the first (highlighted) one; the panel may clip it, so it is taken with Enter
    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//ul[contains(@class,'dropdown-menu')]/li[contains(@class,'active')]//a[contains(@title, '" + criterion + "')]")));
    search.sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(d -> "input".equals(d.switchTo().activeElement().getTagName())
        && !d.switchTo().activeElement().equals(d.findElement(By.cssSelector("[cam-widget-search] input.main-field"))));
    driver.switchTo().activeElement().sendKeys(orderNumber + org.openqa.selenium.Keys.ENTER);
    return this;
  }

  /** How many fields of the open form carry the required mark (form-js's asterisk after the label). */
  public int requiredMarks() {
    return driver.findElements(By.cssSelector("[cam-tasklist-form] .fjs-form .fjs-asterix")).size();
  }

  /** Waits until the form shows the text, then returns all its text. */
  public String formShowing(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(FORM, text));
    return driver.findElement(FORM).getText();
  }

  /** Claims the open group task; Tasklist renders the form again afterwards. */
  public Tasklist claim(String fullName, String formText) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.assignee button.claim"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.assignee"), fullName));
    formShowing(formText);
    return this;
  }

  public Tasklist choose(String radioLabel) {
    By radio = By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='"
        + radioLabel + "']/input[@type='radio']");
    // A radio of an earlier rendering of the form may go stale: look it up again until selected.
    wait.ignoring(StaleElementReferenceException.class).until(d -> {
      WebElement input = d.findElement(radio);
      if (!input.isSelected()) {
        click(input);
      }
      return input.isSelected();
    });
    return this;
  }

  /** Types into the text area labelled so (the label's own text: required fields add a "*" span). */
  public Tasklist type(String fieldLabel, String text) {
    WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-form-field')][.//label[normalize-space(text())='" + fieldLabel + "']]//textarea")));
    scrollTo(field);
    field.sendKeys(text);
    return this;
  }

  /**
   * Types into the input field labelled so (a number, or a date as the date picker shows it,
   * e.g. 01/20/2027) and leaves the field, as a person tabbing on would.
   */
  public Tasklist enter(String fieldLabel, String text) {
    WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-form-field')][.//label[normalize-space(text())='" + fieldLabel + "']]//input")));
    scrollTo(field);
    field.sendKeys(text);
    field.sendKeys(org.openqa.selenium.Keys.TAB);
    return this;
  }

  /** Completes the task and waits until it has left the list. */
  public void complete(String taskId) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'form-actions')]/button[contains(@class,'btn-primary')][normalize-space(.)='Complete']"))));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']")));
  }

  /**
   * Presses the form's primary button whatever the page's language and waits for a Tasklist
   * notification containing {@code fragment}; answers the notification's whole text.
   */
  public String submitExpectingNotice(String fragment) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".form-actions button.btn-primary"))));
    By notices = By.cssSelector(".notifications .alert");
    wait.until(d -> d.findElements(notices).stream().anyMatch(n -> n.getText().contains(fragment)));
    return driver.findElements(notices).stream().map(WebElement::getText).filter(t -> t.contains(fragment))
        .findFirst().orElseThrow();
  }

  /** Scrolls the element to the middle of its pane first: the fixed page footer covers the bottom. */
  private void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }
}
