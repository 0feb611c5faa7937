/**
 * Identity: the staff who log in (roles ADMIN, MANAGER, CSM, VIEWER) and the API tokens that act
 * for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.tenure.identity;
