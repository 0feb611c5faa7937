package io.tenure.health;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tenure.identity.StaffUsers;
import io.tenure.platform.InvalidInputException;
import io.tenure.platform.Page;
import io.tenure.signals.AccountSignals;
import io.tenure.signals.SignalValues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who is in a segment now. Accounts: one SQL query over the accounts and their latest health (signals,
 * score, band, indicators). People: their own and their account's fields in SQL first; their own signals,
 * which are not stored, computed as of today for the candidates that remain and tested here.
 */
@Service
public class SegmentMembers {

	/** How many members an unsaved definition has, and the first of them. */
	public record Preview(SegmentSubject subject, long count, List<SegmentMember> first) {
	}

	private static final String ACCOUNTS = """
			from accounts a left join account_health h on h.account_id = a.id left join staff_users s on s.id = a.owner_id
			where %s""";

	private static final String PEOPLE = """
			from people p left join accounts a on a.id = p.account_id left join account_health h on h.account_id = p.account_id
			    left join person_health ph on ph.person_id = p.id
			where %s""";

	/** Person signals computed in the last minute are reused (the builder's live count asks on every change). */
	private static final Duration REUSE = Duration.ofMinutes(1);
	private static final int REUSE_AT_MOST = 50_000;

	/** Person signals of one day, computed at one moment. */
	private record Computed(LocalDate day, Instant at, Map<Long, SignalValues> values) {
	}

	private final JdbcClient db;
	private final AccountSignals signals;
	private final StaffUsers staff;
	private final Clock clock;
	private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	private volatile Computed recent = new Computed(LocalDate.MIN, Instant.MIN, Map.of());

	SegmentMembers(JdbcClient db, AccountSignals signals, StaffUsers staff, Clock clock) {
		this.db = db;
		this.signals = signals;
		this.staff = staff;
		this.clock = clock;
	}

	/** Checks an unsaved definition (no name needed) and counts it; refused with the fields to fix. */
	public Preview preview(SegmentDefinition definition, int first) {
		SegmentDefinition checked = SegmentRules.check(definition, SegmentRules.Context.preview(id -> staff.find(id).isPresent()));
		Page<SegmentMember> page = page(checked, 0, first);
		return new Preview(checked.subject(), page.total(), page.items());
	}

	/** The members now of each segment, by segment id; a segment whose definition no longer checks counts null. */
	public Map<Long, Long> counts(List<Segment> segments) {
		Map<Long, SignalValues> known = new HashMap<>();
		Map<Long, Long> counts = new LinkedHashMap<>();
		for (Segment segment : segments) {
			counts.put(segment.id(), count(segment.definition(), known));
		}
		return counts;
	}

	public long count(SegmentDefinition checked) {
		Long count = count(checked, new HashMap<>());
		if (count == null) {
			throw new InvalidInputException("conditions", "the segment's definition no longer checks; edit it");
		}
		return count;
	}

	/** One page of members: accounts lowest health first, people by name. */
	public Page<SegmentMember> page(SegmentDefinition checked, int page, int size) {
		SegmentSql sql = segmentSql(recheck(checked));
		List<String> figures = figures(checked);
		if (checked.subject() == SegmentSubject.ACCOUNTS) {
			long total = accountCount(sql);
			return new Page<>(accounts(sql, figures, page, size), page, size, total);
		}
		Map<Long, SignalValues> known = new HashMap<>();
		long total = db.sql("select count(*) " + PEOPLE.formatted(sql.where())).params(sql.params()).query(Long.class).single();
		List<Long> ids = db.sql("select p.id " + PEOPLE.formatted(sql.where()) + " order by p.name nulls last, p.id limit :limit offset :offset")
			.params(sql.params()).param("limit", size).param("offset", (long) page * size).query(Long.class).list();
		return new Page<>(people(ids, figures, known), page, size, total);
	}

	private Long count(SegmentDefinition definition, Map<Long, SignalValues> known) {
		SegmentDefinition checked;
		try {
			checked = recheck(definition);
		}
		catch (InvalidInputException e) {
			return null;
		}
		SegmentSql sql = segmentSql(checked);
		if (checked.subject() == SegmentSubject.ACCOUNTS) {
			return accountCount(sql);
		}
		return db.sql("select count(*) " + PEOPLE.formatted(sql.where())).params(sql.params()).query(Long.class).single();
	}

	private long accountCount(SegmentSql sql) {
		return db.sql("select count(*) " + ACCOUNTS.formatted(sql.where())).params(sql.params()).query(Long.class).single();
	}

	private List<SegmentMember> accounts(SegmentSql sql, List<String> figures, int page, int size) {
		StringBuilder columns = new StringBuilder();
		for (int i = 0; i < figures.size(); i++) {
			columns.append(", ").append(sql.number(figures.get(i))).append(" as f").append(i);
		}
		return db.sql("select a.id, a.name, a.tier, a.lifecycle_stage, s.display_name as owner_name, h.score, h.band, h.indicators"
				+ columns + " " + ACCOUNTS.formatted(sql.where()) + " order by h.score asc nulls first, a.name, a.id limit :limit offset :offset")
			.params(sql.params()).param("limit", size).param("offset", (long) page * size)
			.query((rs, n) -> (SegmentMember) new SegmentMember.Account(rs.getLong("id"), rs.getString("name"), rs.getString("tier"),
					rs.getString("lifecycle_stage"), rs.getString("owner_name"), number(rs.getBigDecimal("score")), band(rs.getString("band")),
					rs.getArray("indicators") == null ? List.of() : List.of((String[]) rs.getArray("indicators").getArray()),
					figures(rs, figures)))
			.list();
	}

	private List<SegmentMember> people(List<Long> ids, List<String> figures, Map<Long, SignalValues> known) {
		if (ids.isEmpty()) {
			return List.of();
		}
		if (!figures.isEmpty()) {
			personSignals(ids, known);
		}
		Map<Long, SegmentMember> byId = new HashMap<>();
		db.sql("""
				select p.id, p.name, p.email, p.role, p.account_id, a.name as account_name, a.tier, h.band
				from people p left join accounts a on a.id = p.account_id left join account_health h on h.account_id = p.account_id
				where p.id = any(:ids)""")
			.param("ids", ids.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				long id = rs.getLong("id");
				Map<String, Double> values = new LinkedHashMap<>();
				figures.forEach(key -> values.put(key, known.get(id).get(key)));
				byId.put(id, new SegmentMember.Person(id, rs.getString("name"), rs.getString("email"), rs.getString("role"),
						(Long) rs.getObject("account_id"), rs.getString("account_name"), rs.getString("tier"), band(rs.getString("band")), values));
			});
		return ids.stream().map(byId::get).filter(m -> m != null).toList();
	}

	/** Adds the signals of these people as of today to {@code known}: from the last minute's, or computed now. */
	private void personSignals(List<Long> ids, Map<Long, SignalValues> known) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		Computed reusable = recent;
		boolean fresh = reusable.day().equals(today) && reusable.at().plus(REUSE).isAfter(clock.instant());
		List<Long> missing = new ArrayList<>();
		for (Long id : ids) {
			SignalValues values = fresh ? reusable.values().get(id) : null;
			if (values != null) {
				known.put(id, values);
			}
			else if (!known.containsKey(id)) {
				missing.add(id);
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		Map<Long, SignalValues> computed = signals.people(today, missing);
		known.putAll(computed);
		if (computed.size() <= REUSE_AT_MOST) {
			Map<Long, SignalValues> next = new HashMap<>(fresh && reusable.values().size() + computed.size() <= REUSE_AT_MOST
					? reusable.values() : Map.of());
			next.putAll(computed);
			recent = new Computed(today, fresh ? reusable.at() : clock.instant(), Map.copyOf(next));
		}
	}

	/** The SQL of a checked definition, with what a person without stored signals shows (zero counts, no rates). */
	private SegmentSql segmentSql(SegmentDefinition checked) {
		SegmentSql sql = new SegmentSql(checked);
		if (checked.subject() == SegmentSubject.PEOPLE) {
			try {
				sql.params().put("nothing", JSON.writeValueAsString(
						signals.personWithoutActivity(LocalDate.now(clock.withZone(ZoneOffset.UTC))).byKey()));
			}
			catch (com.fasterxml.jackson.core.JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}
		return sql;
	}

	/** A stored definition checked again: the catalogue of fields may have changed since it was saved. */
	private SegmentDefinition recheck(SegmentDefinition definition) {
		return SegmentRules.check(definition, SegmentRules.Context.preview(id -> true));
	}

	/** The numeric fields the conditions test, once each, in order. */
	private static List<String> figures(SegmentDefinition checked) {
		Set<String> keys = new LinkedHashSet<>();
		for (SegmentCondition c : checked.conditions()) {
			SegmentFields.find(checked.subject(), c.field()).filter(f -> f.type() == SegmentField.Type.NUMBER)
				.ifPresent(f -> keys.add(f.key()));
		}
		return List.copyOf(keys);
	}

	private static Map<String, Double> figures(ResultSet rs, List<String> keys) throws SQLException {
		Map<String, Double> values = new LinkedHashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			double value = rs.getDouble("f" + i);
			values.put(keys.get(i), rs.wasNull() ? null : value);
		}
		return values;
	}

	private static Double number(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	private static Band band(String band) {
		return band == null ? null : Band.valueOf(band);
	}
}
