package io.tenure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.Accounts;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
import io.tenure.identity.NewStaffMember;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A CS manager's first minutes in Tenure, in a real browser: log in, filter the account list, open
 * an account, edit it (first with a mistake), switch to Russian, log out.
 */
@TenureTest
class AccountJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffUsers staff;

	Browser browser;
	String tag;
	String email;
	io.tenure.accounts.Account keystone;

	@BeforeEach
	void setUp() throws Exception {
		tag = UUID.randomUUID().toString().substring(0, 8);
		email = "manager-" + tag + "@example.com";
		var manager = staff.create(new NewStaffMember(email, "Maria Manager " + tag, Role.MANAGER, "correct-horse-1"));
		for (int i = 0; i < 3; i++) {
			accounts.create(details("Journey " + tag + " Standard " + i, Tier.STANDARD, manager.id()), manager.id());
		}
		keystone = accounts.create(details("Journey " + tag + " Keystone", Tier.KEY, manager.id()), manager.id());
		browser = new Browser("http://localhost:" + port, "en");
	}

	@AfterEach
	void tearDown() throws Exception {
		browser.close();
	}

	@Test
	void managerFiltersOpensEditsSwitchesLanguageAndLogsOut() throws Exception {
		browser.open("/accounts");
		assertThat(browser.currentPath()).startsWith("/login");
		browser.find(By.id("username")).sendKeys(email);
		browser.find(By.id("password")).sendKeys("wrong-password");
		browser.find(By.id("login-submit")).click();
		assertThat(browser.find(By.id("login-error")).getText()).contains("Wrong email or password");

		browser.find(By.id("username")).sendKeys(email);
		browser.find(By.id("password")).sendKeys("correct-horse-1");
		browser.find(By.id("login-submit")).click();
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("account-table")));
		assertThat(browser.find(By.id("current-user")).getText()).contains("Maria Manager " + tag);

		// filter: typing searches without a full reload (htmx swaps the results and pushes the URL)
		WebElement marker = browser.find(By.id("q"));
		marker.sendKeys("Journey " + tag);
		browser.waitFor(d -> d.findElement(By.id("result-count")).getText().startsWith("4 accounts"));
		browser.find(By.cssSelector("a[data-sort=employees]")).click();
		browser.waitFor(d -> d.getCurrentUrl().contains("sort=employees"));
		new Select(browser.find(By.id("filter-tier"))).selectByValue("KEY");
		browser.waitFor(d -> d.findElement(By.id("result-count")).getText().startsWith("1 account "));
		assertThat(browser.currentPath()).contains("tier=KEY").as("the sort survives a filter change").contains("sort=employees");
		assertThat(marker.isDisplayed()).as("the search box survived: no full page reload").isTrue();
		browser.screenshot("accounts-filtered");

		// open the account
		browser.find(By.linkText("Journey " + tag + " Keystone")).click();
		assertThat(browser.find(By.id("account-name")).getText()).isEqualTo("Journey " + tag + " Keystone");
		assertThat(browser.find(By.id("account-tier")).getText()).isEqualTo("Key");

		// edit it: a bad country is refused beside the field, nothing saved; then a good edit is saved
		browser.find(By.id("edit-account")).click();
		WebElement country = browser.find(By.id("country"));
		country.clear();
		country.sendKeys("D1");
		WebElement industry = browser.find(By.id("industry"));
		industry.clear();
		industry.sendKeys("Logistics");
		browser.find(By.id("save-account")).click();
		assertThat(browser.find(By.id("country-error")).getText()).contains("two-letter");
		assertThat(accounts.get(keystone.id()).industry()).as("nothing of a refused form is stored").isEqualTo("Software");

		country = browser.find(By.id("country"));
		country.clear();
		country.sendKeys("DE");
		new Select(browser.find(By.id("lifecycleStage"))).selectByValue("ADOPTION");
		browser.find(By.id("save-account")).click();
		assertThat(browser.find(By.id("saved-notice")).isDisplayed()).isTrue();
		assertThat(browser.find(By.id("account-industry")).getText()).isEqualTo("Logistics");
		assertThat(browser.find(By.id("account-stage")).getText()).isEqualTo("Adoption");
		assertThat(browser.find(By.id("history")).getText()).contains("Adoption").contains("Onboarding");
		browser.screenshot("account-page");

		// switch to Russian; the choice sticks on the next page
		browser.find(By.id("lang-ru")).click();
		assertThat(browser.find(By.id("edit-account")).getText()).isEqualTo("Изменить");
		browser.find(By.id("nav-accounts")).click();
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Клиенты");
		browser.screenshot("accounts-russian");

		// log out
		browser.find(By.id("logout")).click();
		assertThat(browser.find(By.id("logged-out")).isDisplayed()).isTrue();
		browser.open("/accounts");
		assertThat(browser.currentPath()).startsWith("/login");
	}

	private static AccountDetails details(String name, Tier tier, long owner) {
		return new AccountDetails(null, name, null, "Software", 120, "US", "Growth", tier, LifecycleStage.ONBOARDING, owner,
				java.time.LocalDate.of(2026, 1, 15), null, null, null);
	}
}
