package io.tenure.health;

/**
 * Every measure says how its value turns into points, points lie within 0-100, and a line goes between
 * two different values. Thresholds have their own {@link ThresholdsRule}.
 */
final class ScoringRule implements ScorecardRule {

	@Override
	public void check(Scorecard card, Problems problems) {
		Problems.eachMeasure(card, (path, measure) -> {
			String field = path + ".scoring";
			if (measure.scoring() == null) {
				problems.add(field, "choose how the value turns into points: "
						+ "{\"type\": \"thresholds\", \"steps\": [...]} or {\"type\": \"linear\", \"from\": ..., \"to\": ...}");
			}
			else if (measure.scoring() instanceof Linear linear) {
				line(linear, field, problems);
			}
		});
	}

	private static void line(Linear linear, String field, Problems problems) {
		if (linear.from() == null || linear.to() == null) {
			problems.add(field, "give both \"from\" and \"to\" as {\"value\": ..., \"points\": ...}");
			return;
		}
		points(linear.from().points(), field + ".from.points", problems);
		points(linear.to().points(), field + ".to.points", problems);
		if (!Double.isFinite(linear.from().value()) || !Double.isFinite(linear.to().value())) {
			problems.add(field, "from.value and to.value must be numbers");
		}
		else if (linear.from().value() == linear.to().value()) {
			problems.add(field + ".to.value", "must differ from from.value (" + Problems.number(linear.from().value())
					+ "); a line needs two different values");
		}
	}

	static void points(double points, String field, Problems problems) {
		if (!(points >= 0 && points <= 100)) {
			problems.add(field, "must be between 0 and 100, not " + Problems.number(points));
		}
	}
}
