package io.tenure.signals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.InvalidInputException.FieldProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators' settings: on by default with their default thresholds; an admin turns one off or
 * changes a threshold within its stated range. A change with any bad value is refused whole.
 */
@Repository
public class IndicatorSettings {

	private static final TypeReference<Map<String, Double>> NUMBERS = new TypeReference<>() {
	};

	private final JdbcClient db;
	private final ObjectMapper json;

	IndicatorSettings(JdbcClient db, ObjectMapper json) {
		this.db = db;
		this.json = json;
	}

	/** Every indicator's setting, in catalogue order. */
	public List<IndicatorSetting> all() {
		Map<Indicator, IndicatorSetting> stored = new EnumMap<>(Indicator.class);
		record Row(String indicator, boolean enabled, String thresholds) {
		}
		for (Row row : db.sql("select indicator, enabled, thresholds::text as thresholds from indicator_settings").query(Row.class).list()) {
			Indicator.byKey(row.indicator()).ifPresent(i -> stored.put(i,
					new IndicatorSetting(i, row.enabled(), merged(i, read(row.thresholds())))));
		}
		List<IndicatorSetting> out = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			out.add(stored.getOrDefault(indicator, new IndicatorSetting(indicator, true, indicator.defaults())));
		}
		return out;
	}

	public IndicatorSetting get(Indicator indicator) {
		return all().get(indicator.ordinal());
	}

	/** Turns an indicator on or off and sets the thresholds given (the others keep their values). */
	@Transactional
	public IndicatorSetting change(Indicator indicator, boolean enabled, Map<String, Double> thresholds, Long changedBy) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Double> values = new HashMap<>(get(indicator).thresholds());
		thresholds.forEach((name, value) -> {
			var definition = indicator.thresholds().stream().filter(t -> t.name().equals(name)).findFirst();
			if (definition.isEmpty()) {
				problems.add(new FieldProblem("thresholds." + name, "is not a threshold of " + indicator.key() + "; it has "
						+ indicator.thresholds().stream().map(Indicator.Threshold::name).toList()));
			}
			else if (value == null || value.isNaN() || value < definition.get().min() || value > definition.get().max()) {
				problems.add(new FieldProblem("thresholds." + name, "must be a number from " + plain(definition.get().min())
						+ " to " + plain(definition.get().max())));
			}
			else {
				values.put(name, value);
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		db.sql("""
				insert into indicator_settings (indicator, enabled, thresholds, updated_by) values (?, ?, ?::jsonb, ?)
				on conflict (indicator) do update set enabled = excluded.enabled, thresholds = excluded.thresholds,
				    updated_by = excluded.updated_by, updated_at = now()""")
			.params(indicator.key(), enabled, write(values), changedBy).update();
		return get(indicator);
	}

	private static Map<String, Double> merged(Indicator indicator, Map<String, Double> stored) {
		Map<String, Double> out = new HashMap<>(indicator.defaults());
		stored.forEach((name, value) -> {
			if (out.containsKey(name) && value != null) {
				out.put(name, value);
			}
		});
		return out;
	}

	private Map<String, Double> read(String text) {
		try {
			return json.readValue(text, NUMBERS);
		}
		catch (JsonProcessingException e) {
			return Map.of();
		}
	}

	private String write(Map<String, Double> values) {
		try {
			return json.writeValueAsString(values);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String plain(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
