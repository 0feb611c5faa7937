package io.tenure.demo.world;

/** A member of the simulated SaaS's staff who will log in to Tenure. */
public record DemoStaff(String email, String displayName, StaffJob job) {
}
