package io.tenure.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
import io.tenure.health.AccountHealth;
import io.tenure.health.HealthExplanation;
import io.tenure.health.HealthRuns;
import io.tenure.health.HealthScoring;
import io.tenure.health.Scorecards;
import io.tenure.identity.NewStaffMember;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import io.tenure.signals.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin's tour of account health in a real browser: the portfolio home page (totals, lowest health,
 * biggest drops, in Russian too), a red account's health and signals panels with the drawn score
 * chart, the check of how well the score predicts churn, a scorecard refused whole and then saved and
 * recomputed, and an indicator switched off and a threshold out of range refused.
 * <p>
 * The data is made here, not through the UI: accounts owned by this test's admin with a year of daily
 * activity, the last 91 days scored by the real scoring and the year before that kept as plain rows
 * (enough for the churn check), one account that churned twelve days ago after weeks in red and one
 * that churned five months ago. The admin's "my accounts" view holds only these, so the lists are exact
 * even in a shared database; the whole-base view and the churn check are asserted loosely.
 */
@TenureTest
class HealthJourneyTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staff;

	@Autowired
	Accounts accounts;

	@Autowired
	HealthScoring scoring;

	@Autowired
	AccountHealth health;

	@Autowired
	HealthRuns runs;

	@Autowired
	Scorecards scorecards;

	@Autowired
	JdbcClient db;

	Browser browser;
	String tag = UUID.randomUUID().toString().substring(0, 8);
	String email = "health-admin-" + tag + "@example.com";
	String cardName = "Journey " + tag;
	LocalDate today;
	long owner;
	HealthJourneyData data;
	long evergreen, birchwood, slipping, quietfield, lapsed, former;

	@BeforeEach
	void setUp() throws Exception {
		today = scoring.today();
		db.sql("delete from indicator_settings").update(); // the indicators as shipped, whatever an earlier test left
		owner = staff.create(new NewStaffMember(email, "Hana Health " + tag, Role.ADMIN, "correct-horse-3")).id();
		data = new HealthJourneyData(db, accounts, tag, owner);
		LocalDate yearAgo = today.minusDays(365);

		// steady customers, using the product every working day all year
		evergreen = data.account("Evergreen", Tier.LARGE, LifecycleStage.MATURE, yearAgo);
		data.activity(evergreen, yearAgo.plusDays(1), today, true);
		birchwood = data.account("Birchwood", Tier.STANDARD, LifecycleStage.ADOPTION, yearAgo);
		data.activity(birchwood, yearAgo.plusDays(1), today, true);
		// steady until eight days ago: its score fell this week
		slipping = data.account("Slipping", Tier.STANDARD, LifecycleStage.MATURE, yearAgo);
		data.activity(slipping, yearAgo.plusDays(1), today.minusDays(8), true);
		// the red one: gone quiet 40 days ago, one login since, no question to support (a silent account)
		quietfield = data.account("Quietfield", Tier.KEY, LifecycleStage.ADOPTION, yearAgo);
		data.activity(quietfield, yearAgo.plusDays(1), today.minusDays(40), false);
		data.event(quietfield, today.minusDays(25), "Signed In", "", 1);
		// quiet from 70 days ago, red for weeks, churned twelve days ago
		lapsed = data.account("Lapsed", Tier.STANDARD, LifecycleStage.ADOPTION, yearAgo);
		data.activity(lapsed, yearAgo.plusDays(1), today.minusDays(70), false);
		data.churn(lapsed, "Lapsed", Tier.STANDARD, today.minusDays(12));
		// churned five months ago, red for the 50 days before: the churn check's positive case
		former = data.account("Former", Tier.STANDARD, LifecycleStage.MATURE, yearAgo);
		data.activity(former, yearAgo.plusDays(1), today.minusDays(220), false);
		data.churn(former, "Former", Tier.STANDARD, today.minusDays(150));

		// the year before the scored 91 days, kept as plain rows
		LocalDate oldest = yearAgo.plusDays(1), lastKept = today.minusDays(91);
		data.keptScores(evergreen, oldest, lastKept, 96, "GREEN");
		data.keptScores(birchwood, oldest, lastKept, 95, "GREEN");
		data.keptScores(slipping, oldest, lastKept, 96, "GREEN");
		data.keptScores(quietfield, oldest, lastKept, 88, "GREEN");
		data.keptScores(lapsed, oldest, lastKept, 87, "GREEN");
		data.keptScores(former, oldest, today.minusDays(201), 58, "YELLOW");
		data.keptScores(former, today.minusDays(200), today.minusDays(151), 24, "RED");
		// the last 91 days by the real scoring (churned accounts are skipped from their churn day on)
		List<Long> scored = List.of(evergreen, birchwood, slipping, quietfield, lapsed);
		for (LocalDate day = today.minusDays(90); !day.isAfter(today); day = day.plusDays(1)) {
			scoring.scoreSome(day, scored);
		}

		// the story the data should tell, checked before any browser is opened
		assertThat(data.band(quietfield, today)).as("Quietfield is red today").isEqualTo("RED");
		assertThat(data.band(evergreen, today)).isEqualTo("GREEN");
		assertThat(data.score(slipping, today)).as("Slipping fell this week").isLessThan(data.score(slipping, today.minusDays(7)));
		assertThat(data.band(lapsed, today.minusDays(13))).as("Lapsed was red the day before it churned").isEqualTo("RED");
		assertThat(db.sql("select count(*) from account_scores where account_id = ? and day >= ?").params(lapsed, today.minusDays(12))
			.query(Long.class).single()).as("no score once churned").isZero();
		browser = new Browser("http://localhost:" + port, "en");
	}

	@AfterEach
	void tearDown() throws Exception {
		try {
			// leave the built-in default and the indicators' defaults to the other tests, whatever happened
			scorecards.stored().stream().filter(c -> c.name().equals(cardName)).forEach(c -> scorecards.delete(c.id(), null));
			db.sql("delete from indicator_settings").update();
		}
		finally {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	void adminFollowsAccountHealthFromPortfolioToScorecardsAndIndicators() throws Exception {
		// 1. log in: the home page is the portfolio, the whole base for an admin
		browser.open("/login");
		find(By.id("username")).sendKeys(email);
		find(By.id("password")).sendKeys("correct-horse-3");
		find(By.id("login-submit")).click();
		WebElement totals = waitFor(d -> d.findElement(By.id("portfolio-totals")));
		assertThat(browser.currentPath()).isIn("/", "/?continue", "");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("The whole base");
		assertThat(number(totals.findElement(By.cssSelector("article .value")).getText())).as("at least our four living accounts")
			.isGreaterThanOrEqualTo(4);
		assertThat(number(find(By.id("total-red")).getText())).isGreaterThanOrEqualTo(1);
		waitForChart("chart-owner");
		waitForChart("chart-tier");
		waitForChart("chart-stage");
		assertNoMissingMessages();
		browser.screenshot("health-portfolio-base");

		// ... in Russian, then back
		find(By.id("lang-ru")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Вся база"));
		assertThat(find(By.id("portfolio-switch")).getText()).isEqualTo("Показать моих клиентов");
		assertThat(find(By.cssSelector("#portfolio-lowest header")).getText()).isEqualTo("Сначала самые слабые");
		assertThat(find(By.cssSelector("#portfolio-drops header")).getText()).isEqualTo("Сильнее всего упали за неделю");
		waitForChart("chart-owner");
		assertNoMissingMessages();
		browser.screenshot("health-portfolio-russian");
		find(By.id("lang-en")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "The whole base"));

		// switch to my accounts: exactly this test's four living accounts, the red one lowest
		find(By.id("portfolio-switch")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "My accounts"));
		assertThat(browser.currentPath()).contains("view=mine");
		assertThat(browser.driver().findElements(By.id("chart-owner"))).as("the team charts are for the whole base").isEmpty();
		totals = find(By.id("portfolio-totals"));
		List<String> kpis = totals.findElements(By.cssSelector("article .value")).stream().map(WebElement::getText).toList();
		assertThat(kpis).as("total, red, yellow, green, unscored").hasSize(5);
		assertThat(kpis.get(0)).as("churned accounts are not in the portfolio").isEqualTo("4");
		assertThat(kpis.get(4)).isEqualTo("0");
		assertThat(number(kpis.get(1)) + number(kpis.get(2)) + number(kpis.get(3))).isEqualTo(4);
		assertThat(number(kpis.get(1))).isGreaterThanOrEqualTo(1);
		assertThat(number(kpis.get(3))).as("Evergreen and Birchwood at least").isGreaterThanOrEqualTo(2);

		List<WebElement> lowest = find(By.id("portfolio-lowest")).findElements(By.cssSelector("tr[data-account]"));
		assertThat(lowest).extracting(r -> r.getAttribute("data-account")).as("my four accounts, nothing of others")
			.containsExactlyInAnyOrder(String.valueOf(evergreen), String.valueOf(birchwood), String.valueOf(slipping),
					String.valueOf(quietfield));
		WebElement first = lowest.get(0);
		assertThat(first.getAttribute("data-account")).isEqualTo(String.valueOf(quietfield));
		assertThat(first.findElement(By.tagName("a")).getText()).isEqualTo(data.name("Quietfield"));
		WebElement redScore = first.findElement(By.cssSelector("span.band"));
		assertThat(redScore.getAttribute("class")).contains("RED");
		assertThat(number(redScore.getText())).isCloseTo(data.score(quietfield, today), within(0.5));
		assertThat(first.getText()).contains("Silent account").contains("Hana Health " + tag);

		WebElement drops = find(By.id("portfolio-drops"));
		assertThat(drops.getText()).doesNotContain("No score fell this week.");
		WebElement slipped = drops.findElement(By.cssSelector("tr[data-account='" + slipping + "']"));
		assertThat(slipped.getText()).contains(data.name("Slipping"));
		WebElement week = slipped.findElements(By.tagName("td")).get(2);
		assertThat(week.getAttribute("class")).contains("DOWN");
		assertThat(number(week.getText())).isNegative()
			.isCloseTo(data.score(slipping, today) - data.score(slipping, today.minusDays(7)), within(0.05));
		assertThat(drops.findElements(By.cssSelector("tr[data-account='" + evergreen + "']"))).as("steady: no drop").isEmpty();
		assertThat(find(By.id("portfolio-firing")).getText()).contains(data.name("Quietfield")).contains("Silent account");
		assertNoMissingMessages();
		browser.screenshot("health-portfolio-mine");

		// 2. the red account: health panel and signals panel, both loaded by htmx
		first.findElement(By.tagName("a")).click();
		waitFor(ExpectedConditions.textToBe(By.id("account-name"), data.name("Quietfield")));
		HealthExplanation expected = health.explain(quietfield, today).orElseThrow();
		WebElement panel = waitFor(d -> d.findElement(By.id("health-panel")));
		assertThat(number(panel.findElement(By.id("health-score")).getText())).isCloseTo(expected.score().score(), within(0.5));
		assertThat(panel.findElement(By.id("health-band")).getText()).isEqualTo("Red");
		assertThat(panel.findElement(By.id("health-band")).getAttribute("class")).contains("RED");
		assertThat(expected.trend()).isNotNull();
		WebElement trend = panel.findElement(By.id("health-trend"));
		assertThat(trend.getAttribute("class")).contains(expected.trend());
		assertThat(trend.getText()).endsWith("since last week")
			.startsWith(switch (expected.trend()) { case "UP" -> "▲"; case "DOWN" -> "▼"; default -> "▶"; });
		assertThat(panel.getText()).contains("Scorecard \"Default\", as of " + today);

		assertThat(expected.change().factors()).isNotEmpty();
		WebElement factors = panel.findElement(By.id("health-factors"));
		assertThat(factors.getText()).startsWith("What moved it since last week");
		List<WebElement> moved = factors.findElements(By.cssSelector("li[data-signal]"));
		assertThat(moved).extracting(li -> li.getAttribute("data-signal"))
			.containsExactlyElementsOf(expected.change().factors().stream().map(f -> f.signal()).toList());
		assertThat(factors.findElement(By.cssSelector("li[data-signal='days_since_last_login']")).getText())
			.as("values in the signal's unit, as the signals panel shows them")
			.startsWith("Days since last login: 18 → 25 (-").endsWith(" points)");

		WebElement chart = waitForChart("health-chart");
		Long points = (Long) js().executeScript("return Chart.getChart(arguments[0]).data.datasets[0].data.length", chart);
		assertThat(points).as("180 days of kept scores").isGreaterThanOrEqualTo(180);
		assertThat(chart.getSize().getHeight()).isGreaterThan(100);

		WebElement measures = panel.findElement(By.id("health-measures"));
		assertThat(measures.getAttribute("open")).isNull();
		assertThat(measures.findElement(By.cssSelector("tr[data-signal]")).isDisplayed()).isFalse();
		measures.findElement(By.tagName("summary")).click();
		waitFor(d -> measures.findElement(By.cssSelector("tr[data-signal]")).isDisplayed());
		List<WebElement> rows = measures.findElements(By.cssSelector("tr[data-signal]"));
		assertThat(rows).hasSize(expected.score().measures().size());
		List<String> cells = texts(measures.findElement(By.cssSelector("tr[data-signal='days_since_last_login']")));
		assertThat(cells.get(0)).isEqualTo("Engagement");
		assertThat(cells.get(1)).isEqualTo("Days since last login");
		assertThat(cells.get(2)).isEqualTo("25");
		assertThat(number(cells.get(3))).isCloseTo(expected.score().measure("days_since_last_login").orElseThrow().points(), within(0.5));
		assertThat(cells.get(4)).as("its share of the whole score: 25% of Engagement's 40%").isEqualTo("10.0%");
		assertThat(cells.get(5)).endsWith("%");
		assertThat(texts(measures.findElement(By.cssSelector("tr[data-signal='seat_use']"))).get(5)).as("no seats known")
			.isEqualTo("no data");
		assertThat(measures.getText()).as("signals named as in the table, not by key")
			.contains("No data for Seats in use, Mail open rate, Mail click rate: their weight is spread");

		WebElement signals = waitFor(d -> d.findElement(By.id("signals")));
		WebElement silent = signals.findElement(By.cssSelector("li.finding[data-indicator='silent_account']"));
		assertThat(silent.getText()).isEqualTo("Silent account: Days with product use in the last 30: 1; no question to support.");
		assertThat(signals.findElements(By.cssSelector("tr[data-signal]"))).hasSize(Signal.values().length);
		assertThat(signals.findElement(By.cssSelector("tr[data-signal='active_days_30d'] td")).getAttribute("data-value")).isEqualTo("1.0");
		assertThat(signals.findElement(By.cssSelector("tr[data-signal='days_since_last_login']")).getText())
			.isEqualTo("Days since last login 25");
		assertThat(signals.findElement(By.tagName("caption")).getText()).isEqualTo("as of " + today);
		assertNoMissingMessages();
		scrollTo(find(By.id("health")));
		browser.screenshot("health-account");
		shoot("health-account-panels", find(By.cssSelector("#health")).findElement(By.xpath("..")));

		// 3. does the score predict churn?
		find(By.id("nav-validation")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Does the health score predict churn?"));
		String auc = find(By.id("validation-auc")).getText();
		assertThat(auc).as("an AUC, not a dash: a churned and a retained account were scored in the period").matches("[01]\\.\\d\\d");
		assertThat(number(find(By.id("validation-samples")).getText())).isGreaterThan(0);
		WebElement bandTable = find(By.id("validation-bands"));
		assertThat(bandTable.findElements(By.cssSelector("tr[data-band]"))).extracting(r -> r.getAttribute("data-band"))
			.containsExactly("RED", "YELLOW", "GREEN");
		assertThat(bandTable.findElement(By.cssSelector("tr[data-band='RED']")).getText()).startsWith("Red").contains("%");
		assertThat(find(By.id("validation-verdict")).getText()).isNotBlank().contains("AUC");
		assertThat(number(find(By.id("validation-days-ahead")).getText())).as("the churned accounts were red before")
			.isGreaterThan(0);
		waitForChart("validation-band-chart");
		waitForChart("validation-ahead-chart");
		assertNoMissingMessages();
		browser.screenshot("health-validation");

		// 4. Admin > Scorecards: a new card with two mistakes is refused whole, then saved, recomputed, removed
		adminMenu("nav-scorecards");
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Scorecards"));
		assertThat(find(By.id("scorecard-list")).getText()).doesNotContain(cardName);
		find(By.id("new-scorecard")).click();
		WebElement text = find(By.id("scorecard-text"));
		String yaml = text.getAttribute("value");
		assertThat(yaml).contains("name: My scorecard").contains("    weight: 40\n").contains("- signal: login_trend ");
		String good = yaml.replace("name: My scorecard", "name: " + cardName)
			.replaceFirst("tiers: \\[\\]", "tiers: [KEY]").replaceFirst("stages: \\[\\]", "stages: [TRIAL]");
		String bad = good.replaceFirst("    weight: 40\n", "    weight: 45\n").replace("- signal: login_trend ", "- signal: login_trends ");
		text.clear();
		text.sendKeys(bad);
		find(By.id("save-scorecard")).click();
		WebElement problems = find(By.id("scorecard-problems"));
		assertThat(problems.getText()).startsWith("Not saved; the scorecard in force is unchanged.")
			.contains("groups: the group weights add up to 105")
			.contains("groups[0].measures[1].signal: unknown signal \"login_trends\"");
		assertThat(problems.findElements(By.tagName("code"))).extracting(WebElement::getText)
			.contains("groups", "groups[0].measures[1].signal");
		assertThat(find(By.id("scorecard-text")).getAttribute("value")).as("the admin's text is kept to fix").isEqualTo(bad);
		browser.screenshot("health-scorecard-refused");
		// meanwhile, in another tab: nothing was stored
		String form = browser.driver().getWindowHandle();
		browser.driver().switchTo().newWindow(WindowType.TAB);
		browser.open("/admin/scorecards");
		WebElement list = find(By.id("scorecard-list"));
		assertThat(list.getText()).doesNotContain(cardName);
		if (scorecards.stored().isEmpty()) {
			assertThat(list.findElements(By.cssSelector("tr[data-scorecard]"))).isEmpty();
			assertThat(find(By.id("builtin-default")).getText()).contains("Default").contains("built in")
				.contains("every account");
		}
		browser.driver().close();
		browser.driver().switchTo().window(form);

		text = find(By.id("scorecard-text"));
		text.clear();
		text.sendKeys(good);
		find(By.id("save-scorecard")).click();
		assertThat(find(By.id("scorecard-saved")).getText()).isEqualTo("Saved \"" + cardName + "\". Today's scores are being recomputed.");
		WebElement row = find(By.xpath("//tr[@data-scorecard][td/a[text()='" + cardName + "']]"));
		assertThat(row.getText()).contains("KEY TRIAL");
		assertThat(browser.driver().findElements(By.id("builtin-default"))).isEmpty();
		WebElement done = waitFor(d -> d.findElement(By.id("recompute-done")));
		browser.screenshot("health-scorecard-saved");
		long before = runs.latest().orElseThrow().id();
		find(By.id("start-recompute")).click();
		waitFor(ExpectedConditions.stalenessOf(done));
		done = waitFor(d -> d.findElement(By.id("recompute-done")));
		assertThat(done.getText()).startsWith("Today, every account: done, 1 days,").endsWith("account-days scored.");
		assertThat(runs.latest().orElseThrow().id()).isGreaterThan(before);
		assertThat(browser.driver().findElements(By.cssSelector("p.error"))).as("no run was refused").isEmpty();
		assertNoMissingMessages();
		browser.screenshot("health-recompute-done");
		find(By.xpath("//tr[@data-scorecard][td/a[text()='" + cardName + "']]//button[text()='Remove']")).click();
		waitFor(d -> d.findElement(By.cssSelector("p.notice")).getText().startsWith("Removed."));
		assertThat(find(By.id("scorecard-list")).getText()).doesNotContain(cardName);
		assertThat(scorecards.stored()).noneMatch(c -> c.name().equals(cardName));
		waitFor(d -> !d.findElements(By.id("recompute-done")).isEmpty());

		// 5. Admin > Indicators: one switched off; a threshold out of range refused by the browser, then by the server
		adminMenu("nav-indicators");
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Emergency indicators"));
		WebElement resets = find(By.id("indicator-password_resets"));
		WebElement enabled = resets.findElement(By.name("enabled"));
		assertThat(enabled.isSelected()).isTrue();
		enabled.click();
		resets.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(find(By.id("indicator-saved")).getText()).isEqualTo("Saved Many password resets.");
		assertThat(find(By.id("indicator-password_resets")).findElement(By.name("enabled")).isSelected()).isFalse();
		assertThat(db.sql("select enabled from indicator_settings where indicator = 'password_resets'").query(Boolean.class).single())
			.isFalse();

		WebElement silentForm = find(By.id("indicator-silent_account"));
		assertThat(silentForm.getText()).contains("From 0 to 30; default 3");
		assertThat(find(By.id("indicator-engagement_falling")).findElement(By.name("drop_percent")).getAttribute("value"))
			.as("a whole threshold shown whole").isEqualTo("40");
		assertThat(find(By.id("indicator-kb_underused")).findElement(By.name("share_of_base")).getAttribute("value"))
			.isEqualTo("0.25");
		WebElement threshold = silentForm.findElement(By.name("max_active_days"));
		assertThat(threshold.getAttribute("value")).isEqualTo("3");
		String stored = silentSetting();
		threshold.clear();
		threshold.sendKeys("45");
		silentForm.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat((Boolean) js().executeScript("return arguments[0].validity.rangeOverflow", threshold))
			.as("the browser holds back a number above the maximum").isTrue();
		assertThat(browser.driver().findElements(By.id("indicator-saved"))).as("not submitted: the page is the same").isNotEmpty();
		assertThat(browser.driver().findElements(By.id("indicator-error"))).isEmpty();
		// a client that skips the browser's check meets the server's
		js().executeScript("arguments[0].closest('form').noValidate = true", threshold);
		silentForm.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(find(By.id("indicator-error")).getText())
			.isEqualTo("Nothing was changed for Silent account: thresholds.max_active_days: must be a number from 0 to 30");
		assertThat(find(By.id("indicator-silent_account")).findElement(By.id("indicator-error")).isDisplayed())
			.as("the refusal sits in the card it concerns").isTrue();
		assertThat(find(By.id("indicator-silent_account")).findElement(By.name("max_active_days")).getAttribute("value"))
			.as("what was typed is kept to correct").isEqualTo("45");
		assertThat(silentSetting()).as("nothing stored").isEqualTo(stored);
		assertNoMissingMessages();
		scrollTo(find(By.id("indicator-error")));
		browser.screenshot("health-indicators");
	}

	// --- the browser -------------------------------------------------------------------------------

	private WebElement find(By by) {
		return waitFor(d -> d.findElement(by));
	}

	private <T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(browser.driver(), WAIT).ignoring(NoSuchElementException.class)
			.ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/** Waits until charts.js has drawn the canvas with Chart.js. */
	private WebElement waitForChart(String id) {
		WebElement canvas = waitFor(d -> d.findElement(By.id(id)));
		waitFor(d -> Boolean.TRUE.equals(js().executeScript(
				"return arguments[0].dataset.drawn === 'true' && typeof Chart !== 'undefined' && Chart.getChart(arguments[0]) !== undefined",
				canvas)));
		return canvas;
	}

	private void adminMenu(String item) {
		find(By.id("nav-admin")).click();
		waitFor(ExpectedConditions.elementToBeClickable(By.id(item))).click();
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser.driver();
	}

	private void scrollTo(WebElement element) {
		js().executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
	}

	/** A screenshot of one element, beside the page screenshots. */
	private void shoot(String name, WebElement element) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
	}

	/** Thymeleaf shows a message missing from the bundle as ??key_locale??. */
	private void assertNoMissingMessages() {
		assertThat(browser.driver().getPageSource()).doesNotContain("??");
	}

	private static List<String> texts(WebElement row) {
		return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
	}

	/** A number as the pages show it: "72", "-3.5", "+1.0", "0.81". */
	private static double number(String text) {
		return Double.parseDouble(text.trim().replace("+", "").replace("−", "-"));
	}

	private String silentSetting() {
		return db.sql("select enabled || ' ' || thresholds::text from indicator_settings where indicator = 'silent_account'")
			.query(String.class).optional().orElse("default");
	}
}
