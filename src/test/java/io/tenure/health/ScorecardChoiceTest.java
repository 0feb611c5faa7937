package io.tenure.health;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardChoiceTest {

	private final Scorecard everyone = named("Everyone", Set.of(), Set.of());
	private final Scorecard everyoneElse = named("Everyone else", Set.of(), Set.of());
	private final Scorecard keyAccounts = named("Key accounts", Set.of("KEY"), Set.of());
	private final Scorecard onboarding = named("Onboarding", Set.of(), Set.of("ONBOARDING", "TRIAL"));
	private final Scorecard keyOnboarding = named("Key onboarding", Set.of("KEY", "LARGE"), Set.of("ONBOARDING"));

	private final List<Scorecard> all = List.of(everyone, everyoneElse, keyAccounts, onboarding, keyOnboarding);

	@Test
	void tierAndStageBeatsEitherWhichBeatsAll() {
		assertThat(ScorecardChoice.choose(all, "KEY", "ONBOARDING")).contains(keyOnboarding);
		assertThat(ScorecardChoice.choose(all, "LARGE", "ONBOARDING")).contains(keyOnboarding);
		assertThat(ScorecardChoice.choose(all, "KEY", "MATURE")).contains(keyAccounts);
		assertThat(ScorecardChoice.choose(all, "STANDARD", "TRIAL")).contains(onboarding);
		assertThat(ScorecardChoice.choose(all, "STANDARD", "MATURE")).contains(everyone);
	}

	@Test
	void equallySpecificScorecardsGoByListOrder() {
		assertThat(ScorecardChoice.choose(List.of(onboarding, keyAccounts, everyone), "KEY", "ONBOARDING")).contains(onboarding);
		assertThat(ScorecardChoice.choose(List.of(keyAccounts, onboarding, everyone), "KEY", "ONBOARDING")).contains(keyAccounts);
		assertThat(ScorecardChoice.choose(List.of(everyoneElse, everyone), "STANDARD", "MATURE")).contains(everyoneElse);
	}

	@Test
	void noScorecardWhenNoneApplies() {
		assertThat(ScorecardChoice.choose(List.of(keyAccounts, keyOnboarding), "STANDARD", "ADOPTION")).isEmpty();
		assertThat(ScorecardChoice.choose(List.of(), "KEY", "ADOPTION")).isEmpty();
	}

	private static Scorecard named(String name, Set<String> tiers, Set<String> stages) {
		Scorecard base = Cards.fixture();
		return new Scorecard(name, new Applicability(tiers, stages), base.bands(), base.groups());
	}
}
