/**
 * Accounts: the customer accounts with their history of tier, lifecycle stage and owner, the people
 * at them, and the account team.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package io.tenure.accounts;
