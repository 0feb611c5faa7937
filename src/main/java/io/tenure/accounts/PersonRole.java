package io.tenure.accounts;

/** A person's role at their own company, as far as the product is concerned. */
public enum PersonRole {
	ADMIN, CHAMPION, USER
}
