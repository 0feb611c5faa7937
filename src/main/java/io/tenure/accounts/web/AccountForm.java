package io.tenure.accounts.web;

import java.time.LocalDate;

import io.tenure.accounts.Account;
import io.tenure.accounts.AccountDetails;
import io.tenure.accounts.LifecycleStage;
import io.tenure.accounts.Tier;
import io.tenure.accounts.Traits;

import org.springframework.format.annotation.DateTimeFormat;

/** The account form as typed: traits as JSON text, the version it was loaded at. */
class AccountForm {

	private String externalId;
	private String name;
	private String domain;
	private String industry;
	private Integer employees;
	private String country;
	private String plan;
	private Tier tier = Tier.STANDARD;
	private LifecycleStage lifecycleStage = LifecycleStage.ONBOARDING;
	private Long ownerId;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate customerSince;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate churnedAt;
	private String churnReason;
	private String traits;
	private Integer version;

	static AccountForm of(Account account, Traits traits) {
		var form = new AccountForm();
		form.externalId = account.externalId();
		form.name = account.name();
		form.domain = account.domain();
		form.industry = account.industry();
		form.employees = account.employees();
		form.country = account.country();
		form.plan = account.plan();
		form.tier = account.tier();
		form.lifecycleStage = account.lifecycleStage();
		form.ownerId = account.ownerId();
		form.customerSince = account.customerSince();
		form.churnedAt = account.churnedAt();
		form.churnReason = account.churnReason();
		form.traits = traits.format(account.traits());
		form.version = account.version();
		return form;
	}

	AccountDetails details(Traits parser) {
		return new AccountDetails(externalId, name, domain, industry, employees, country, plan, tier, lifecycleStage, ownerId,
				customerSince, churnedAt, churnReason, parser.parse(traits, "traits"));
	}

	// Accessors for data binding
	public String getExternalId() { return externalId; }
	public void setExternalId(String externalId) { this.externalId = externalId; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getDomain() { return domain; }
	public void setDomain(String domain) { this.domain = domain; }
	public String getIndustry() { return industry; }
	public void setIndustry(String industry) { this.industry = industry; }
	public Integer getEmployees() { return employees; }
	public void setEmployees(Integer employees) { this.employees = employees; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getPlan() { return plan; }
	public void setPlan(String plan) { this.plan = plan; }
	public Tier getTier() { return tier; }
	public void setTier(Tier tier) { this.tier = tier; }
	public LifecycleStage getLifecycleStage() { return lifecycleStage; }
	public void setLifecycleStage(LifecycleStage lifecycleStage) { this.lifecycleStage = lifecycleStage; }
	public Long getOwnerId() { return ownerId; }
	public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
	public LocalDate getCustomerSince() { return customerSince; }
	public void setCustomerSince(LocalDate customerSince) { this.customerSince = customerSince; }
	public LocalDate getChurnedAt() { return churnedAt; }
	public void setChurnedAt(LocalDate churnedAt) { this.churnedAt = churnedAt; }
	public String getChurnReason() { return churnReason; }
	public void setChurnReason(String churnReason) { this.churnReason = churnReason; }
	public String getTraits() { return traits; }
	public void setTraits(String traits) { this.traits = traits; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}
