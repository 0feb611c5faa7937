package io.tenure.demo.world;

import io.tenure.accounts.PersonRole;

/**
 * How much one person uses the product: champions and admins most; only some users are active,
 * more of them at onboarded accounts. The rest get the newsletter and sign in now and then.
 *
 * @param propensity the chance of a working day with a session at an account of level 1
 * @param mailAffinity how likely they are to open mail, relative to others
 */
record Habit(double propensity, boolean active, double mailAffinity) {

	static Habit draw(PersonRole role, Momentum momentum, Chance chance) {
		double activeShare = momentum.silent() ? 0.15 : momentum.trajectory().onboarded() ? 0.5 : 0.3;
		return switch (role) {
			case CHAMPION -> new Habit(chance.between(0.22, 0.4), true, 1.25);
			case ADMIN -> new Habit(chance.between(0.13, 0.3), true, 1.0);
			case USER -> chance.of(activeShare) ? new Habit(chance.between(0.05, 0.17), true, 0.9)
					: new Habit(chance.between(0.005, 0.02), false, 0.5);
		};
	}
}
