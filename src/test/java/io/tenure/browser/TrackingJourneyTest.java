package io.tenure.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import io.tenure.TenureTest;
import io.tenure.identity.NewStaffMember;
import io.tenure.identity.Role;
import io.tenure.identity.StaffUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin connects a data source in a real browser: creates a write key, sees the product's calls
 * arrive as an account with its activity, and maps an unknown event to a category, which the
 * account's timeline then shows for the past event too.
 */
@TenureTest
class TrackingJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcClient db;

	Browser browser;
	String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void setUp() throws Exception {
		staff.create(new NewStaffMember("data-admin-" + tag + "@example.com", "Dana Admin", Role.ADMIN, "correct-horse-2"));
		browser = new Browser("http://localhost:" + port, "en");
	}

	@AfterEach
	void tearDown() throws Exception {
		browser.close();
	}

	@Test
	void adminConnectsASourceAndMapsAnEvent() throws Exception {
		browser.open("/login");
		browser.find(By.id("username")).sendKeys("data-admin-" + tag + "@example.com");
		browser.find(By.id("password")).sendKeys("correct-horse-2");
		browser.find(By.id("login-submit")).click();

		browser.find(By.id("nav-admin")).click();
		browser.find(By.id("nav-write-keys")).click();
		browser.find(By.name("name")).sendKeys("Product backend " + tag);
		browser.find(By.cssSelector("#key-form button")).click();
		String key = browser.find(By.id("key-secret")).getText();
		assertThat(key).startsWith("wk_");

		String event = "Dashboard Shared " + tag;
		post(key, "/v1/group", """
				{"userId":"dana-%1$s","groupId":"grp-%1$s","traits":{"name":"Journey Corp %1$s","industry":"Media"}}""".formatted(tag));
		post(key, "/v1/track", """
				{"userId":"dana-%1$s","event":"%2$s","context":{"groupId":"grp-%1$s"}}""".formatted(tag, event));

		browser.find(By.id("nav-admin")).click();
		browser.find(By.id("nav-events")).click();
		WebElement row = browser.find(By.xpath("//tr[td/strong[text()='" + event + "']]"));
		assertThat(row.getText()).contains("1");
		new Select(row.findElement(By.name("category"))).selectByValue("FEATURE_USED");
		row.findElement(By.name("keyEvent")).click();
		row.findElement(By.cssSelector("button")).click();
		assertThat(browser.find(By.cssSelector("p.notice")).getText()).contains(event);
		browser.screenshot("admin-events");

		long accountId = db.sql("select id from accounts where external_id = ?").param("grp-" + tag).query(Long.class).single();
		browser.open("/accounts/" + accountId);
		assertThat(browser.find(By.id("account-name")).getText()).isEqualTo("Journey Corp " + tag);
		WebElement timeline = browser.find(By.id("timeline-table"));
		assertThat(timeline.getText()).contains(event).contains("Feature used").contains("key").contains("dana-" + tag);
		browser.screenshot("account-activity");
	}

	private void post(String key, String path, String body) throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}
}
