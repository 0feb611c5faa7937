package io.tenure.health;

import java.util.List;

/** Threshold steps go up strictly and end with exactly one step without a bound; their points lie within 0-100. */
final class ThresholdsRule implements ScorecardRule {

	@Override
	public void check(Scorecard card, Problems problems) {
		Problems.eachMeasure(card, (path, measure) -> {
			if (measure.scoring() instanceof Thresholds thresholds) {
				steps(thresholds.steps(), path + ".scoring.steps", problems);
			}
		});
	}

	private static void steps(List<Thresholds.Step> steps, String field, Problems problems) {
		if (steps.isEmpty()) {
			problems.add(field, "add steps, for example {\"below\": 5, \"points\": 0} and a final {\"points\": 100}");
		}
		Double previous = null;
		for (int i = 0; i < steps.size(); i++) {
			Thresholds.Step step = steps.get(i);
			String at = field + "[" + i + "]";
			boolean last = i == steps.size() - 1;
			if (step == null) {
				problems.add(at, "is empty: remove it or give it points");
				continue;
			}
			ScoringRule.points(step.points(), at + ".points", problems);
			if (step.below() == null && !last) {
				problems.add(at + ".below", "only the last step may go without \"below\"; give this step a bound or move it last");
			}
			else if (step.below() != null && last) {
				problems.add(at + ".below", "the last step takes every value left, so it has no \"below\"; "
						+ "add a final step with points only");
			}
			else if (step.below() != null && !Double.isFinite(step.below())) {
				problems.add(at + ".below", "must be a number");
			}
			else if (step.below() != null && previous != null && !(step.below() > previous)) {
				problems.add(at + ".below", "must be greater than the step before (" + Problems.number(previous)
						+ "): list the steps from low to high values");
			}
			previous = step.below() != null ? step.below() : previous;
		}
	}
}
