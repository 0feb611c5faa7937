package io.tenure.demo.world;

import java.util.ArrayList;
import java.util.List;

/** A choice among values with relative weights, such as industries or countries. */
final class Weighted<T> {

	private final List<T> values = new ArrayList<>();
	private final List<Double> cumulative = new ArrayList<>();
	private double total;

	Weighted<T> add(T value, double weight) {
		total += weight;
		values.add(value);
		cumulative.add(total);
		return this;
	}

	T draw(Chance chance) {
		double point = chance.unit() * total;
		for (int i = 0; i < values.size(); i++) {
			if (point < cumulative.get(i)) {
				return values.get(i);
			}
		}
		return values.get(values.size() - 1);
	}
}
