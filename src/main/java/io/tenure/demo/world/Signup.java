package io.tenure.demo.world;

import java.util.Map;

/** The account's start as its first person sends it: signed up, and for a trial its start and end (seed S11). */
record Signup(Tracker tracker, Trajectory trajectory) {

	void track(int index, DemoPerson person, Presence presence) {
		tracker.track(index, person, presence, "Signed Up", Map.of(), trajectory.signedUpAt());
		if (trajectory.trial()) {
			tracker.track(index, person, presence, "Trial Started", Map.of("trialDays", Trajectories.TRIAL_DAYS),
					trajectory.signedUpAt().plusSeconds(30));
			tracker.track(index, person, presence, "Trial Ended", Map.of("converted", true),
					trajectory.customerSince().atTime(8, 59).toInstant(java.time.ZoneOffset.UTC));
		}
	}
}
