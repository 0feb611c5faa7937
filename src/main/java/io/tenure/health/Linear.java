package io.tenure.health;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Points along a line from one value to another, held at the end points outside them. {@code from}
 * may lie above {@code to} for signals where lower is better (days since the last login).
 */
public record Linear(Point from, Point to) implements Scoring {

	@Override
	public double points(double value) {
		double share = (value - from.value()) / (to.value() - from.value());
		double clamped = Math.max(0, Math.min(1, share));
		return from.points() + clamped * (to.points() - from.points());
	}

	/** A value and the points it gets. */
	public record Point(@JsonProperty(required = true) double value, @JsonProperty(required = true) double points) {
	}
}
