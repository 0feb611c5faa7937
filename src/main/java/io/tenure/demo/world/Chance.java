package io.tenure.demo.world;

import java.util.List;
import java.util.Random;

/** The one source of randomness of a demo world: the same seed draws the same world (StrictMath, so on any JVM). */
final class Chance {

	private static final String TOKEN_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

	private final Random random;

	Chance(long seed) {
		this.random = new Random(seed);
	}

	boolean of(double probability) {
		return random.nextDouble() < probability;
	}

	double unit() {
		return random.nextDouble();
	}

	/** A whole number from {@code low} to {@code high}, both included. */
	int between(int low, int high) {
		return high <= low ? low : low + random.nextInt(high - low + 1);
	}

	double between(double low, double high) {
		return low + random.nextDouble() * (high - low);
	}

	/** Company sizes spread evenly over orders of magnitude: many small ones, a few big ones. */
	int logUniform(int low, int high) {
		return (int) Math.round(StrictMath.exp(between(StrictMath.log(low), StrictMath.log(high))));
	}

	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	/** A random-looking id part, as analytics tools generate them. */
	String token(int length) {
		var token = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
		}
		return token.toString();
	}
}
