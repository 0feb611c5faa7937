package io.tenure.signals;

import java.util.List;

/**
 * An indicator that fired, with the figures its explanation quotes (message {@code indicator.<KEY>.finding}
 * fills them in, in the reader's language).
 */
public record IndicatorFinding(Indicator indicator, List<Object> figures) {

	public IndicatorFinding {
		figures = List.copyOf(figures);
	}

	public String messageKey() {
		return "indicator." + indicator.name() + ".finding";
	}

	public Object[] arguments() {
		return figures.toArray();
	}
}
