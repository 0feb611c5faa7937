package io.tenure.accounts.web;

import io.tenure.accounts.Person;
import io.tenure.accounts.PersonDetails;
import io.tenure.accounts.PersonRole;
import io.tenure.accounts.Traits;

/** The person form as typed. First and last seen come from the data, not from the form. */
class PersonForm {

	private Long accountId;
	private String externalId;
	private String email;
	private String name;
	private String title;
	private PersonRole role = PersonRole.USER;
	private String traits;
	private Integer version;

	static PersonForm of(Person person, Traits traits) {
		var form = new PersonForm();
		form.accountId = person.accountId();
		form.externalId = person.externalId();
		form.email = person.email();
		form.name = person.name();
		form.title = person.title();
		form.role = person.role();
		form.traits = traits.format(person.traits());
		form.version = person.version();
		return form;
	}

	PersonDetails details(Traits parser, Person current) {
		return new PersonDetails(accountId, externalId, email, name, title, role,
				current == null ? null : current.firstSeenAt(), current == null ? null : current.lastSeenAt(),
				parser.parse(traits, "traits"));
	}

	public Long getAccountId() { return accountId; }
	public void setAccountId(Long accountId) { this.accountId = accountId; }
	public String getExternalId() { return externalId; }
	public void setExternalId(String externalId) { this.externalId = externalId; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public PersonRole getRole() { return role; }
	public void setRole(PersonRole role) { this.role = role; }
	public String getTraits() { return traits; }
	public void setTraits(String traits) { this.traits = traits; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}
