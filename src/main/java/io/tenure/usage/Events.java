package io.tenure.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.platform.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads stored events, with their category as the taxonomy says now. */
@Repository
public class Events {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	/** How many matching events are counted at most; beyond, a search is narrowed by time (its {@code to}). */
	static final int COUNTED = 10_000;

	private static final String JOIN_NAMES = " left join event_names n on n.name = e.name";

	private final JdbcClient db;
	private final ObjectMapper json;

	Events(JdbcClient db, ObjectMapper json) {
		this.db = db;
		this.json = json;
	}

	public Page<Event> search(EventQuery query) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		add(conditions, params, "e.account_id = :account", "account", query.accountId());
		add(conditions, params, "e.person_id = :person", "person", query.personId());
		add(conditions, params, "e.name = :name", "name", query.name());
		add(conditions, params, "coalesce(n.category, 'OTHER') = :category", "category",
				query.category() == null ? null : query.category().name());
		add(conditions, params, "e.occurred_at >= :from", "from", query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC));
		add(conditions, params, "e.occurred_at < :to", "to", query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC));
		if (query.activityOnly()) {
			conditions.add("e.type in ('track', 'page', 'screen')");
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		String from = " from events e" + JOIN_NAMES + where;
		// counted up to a cap (an account with millions of events would be counted on every page), and
		// without the taxonomy unless the category is asked for
		String counted = query.category() == null ? " from events e" + where : from;
		long total = db.sql("select count(*) from (select 1" + counted + " limit " + (COUNTED + 1) + ") counted").params(params)
			.query(Long.class).single();
		List<Event> items = db.sql("select e.*, n.category, coalesce(n.key_event, false) as key_event" + from
				+ " order by e.occurred_at desc, e.id desc limit :limit offset :offset")
			.params(params).param("limit", query.size()).param("offset", (long) query.page() * query.size())
			.query(this::event).list();
		return new Page<>(items, query.page(), query.size(), Math.min(total, COUNTED), total <= COUNTED);
	}

	private static void add(List<String> conditions, Map<String, Object> params, String condition, String name, Object value) {
		if (value != null) {
			conditions.add(condition);
			params.put(name, value);
		}
	}

	private Event event(ResultSet rs, int row) throws SQLException {
		String category = rs.getString("category");
		return new Event(rs.getLong("id"), rs.getString("message_id"), CallType.valueOf(rs.getString("type").toUpperCase(java.util.Locale.ROOT)),
				rs.getString("name"), category == null ? EventCategory.OTHER : EventCategory.valueOf(category),
				rs.getBoolean("key_event"), (Long) rs.getObject("account_id"), (Long) rs.getObject("person_id"),
				rs.getString("user_id"), rs.getString("anonymous_id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("received_at", OffsetDateTime.class).toInstant(), map(rs.getString("properties")));
	}

	private Map<String, Object> map(String text) {
		try {
			return json.readValue(text, MAP);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored properties are not a JSON object", e);
		}
	}
}
