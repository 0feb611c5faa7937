package io.tenure.health;

import java.util.List;

import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;

/**
 * The rules of a valid scorecard: names given, known tiers and stages, weights that add up, known
 * signals used once, sound scorings and bands that cover 0-100. All problems are reported together.
 */
public final class ScorecardRules {

	private static final List<ScorecardRule> RULES = List.of(new NamingRule(), new AudienceRule(), new WeightRule(),
			new SignalRule(), new ScoringRule(), new ThresholdsRule(), new BandRule(), new BandCoverageRule());

	private ScorecardRules() {
	}

	/** Everything wrong with the scorecard; empty when it is valid. */
	public static List<FieldProblem> problems(Scorecard card) {
		Problems problems = new Problems();
		RULES.forEach(rule -> rule.check(card, problems));
		return problems.list();
	}

	/** The scorecard itself when valid. */
	public static Scorecard check(Scorecard card) {
		List<FieldProblem> problems = problems(card);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return card;
	}
}
