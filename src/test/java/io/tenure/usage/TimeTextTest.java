package io.tenure.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The events' times are sent to PostgreSQL as text that means what Instant.toString means. */
class TimeTextTest {

	@Test
	void theTextReadsBackAsTheSameInstant() {
		Random random = new Random(11);
		long min = Instant.parse("0500-01-01T00:00:00Z").getEpochSecond(), max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
		for (int i = 0; i < 10_000; i++) {
			Instant time = Instant.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)),
					random.nextBoolean() ? random.nextInt(1_000_000_000) : random.nextInt(1000) * 1_000_000);
			assertThat(Instant.parse(EventStore.text(time))).isEqualTo(time);
		}
		assertThat(EventStore.text(Instant.parse("2026-03-01T23:59:59.123Z"))).isEqualTo("2026-03-01T23:59:59.123000000Z");
		assertThat(EventStore.text(Instant.parse("1000-01-01T00:00:00Z"))).isEqualTo("1000-01-01T00:00:00.000000000Z");
	}
}
