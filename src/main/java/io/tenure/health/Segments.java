package io.tenure.health;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.identity.StaffUsers;
import io.tenure.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The saved segments. A definition is checked whole by {@link SegmentRules} before it is stored, so a
 * refused one leaves the previous in force.
 */
@Repository
public class Segments {

	/** How a definition is kept: the parts beside name and subject. */
	record Stored(SegmentDefinition.Match match, List<SegmentCondition> conditions) {
	}

	private final JdbcClient db;
	private final ObjectMapper json;
	private final StaffUsers staff;

	Segments(JdbcClient db, ObjectMapper json, StaffUsers staff) {
		this.db = db;
		this.json = json;
		this.staff = staff;
	}

	/** Every segment, by name. */
	public List<Segment> all() {
		return db.sql("select id, name, subject, definition::text as definition, created_by, updated_at from segments order by lower(name), id")
			.query((rs, n) -> segment(rs.getLong("id"), rs.getString("name"), rs.getString("subject"), rs.getString("definition"),
					(Long) rs.getObject("created_by"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	public Segment get(long id) {
		return db.sql("select id, name, subject, definition::text as definition, created_by, updated_at from segments where id = ?")
			.param(id)
			.query((rs, n) -> segment(rs.getLong("id"), rs.getString("name"), rs.getString("subject"), rs.getString("definition"),
					(Long) rs.getObject("created_by"), rs.getTimestamp("updated_at").toInstant()))
			.optional().orElseThrow(() -> new NotFoundException("segment", id));
	}

	/** What the rules need: names in use by other segments, staff that exist. */
	public SegmentRules.Context context(Long id) {
		return new SegmentRules.Context(true, name -> db.sql("select count(*) from segments where lower(name) = lower(?) and id <> ?")
			.params(name, id == null ? -1L : id).query(Long.class).single() > 0, staffId -> staff.find(staffId).isPresent());
	}

	/** Adds a segment (id null) or replaces one's definition; refused whole when anything is wrong. */
	@Transactional
	public Segment save(Long id, SegmentDefinition definition, long changedBy) {
		if (id != null) {
			get(id);
		}
		SegmentDefinition checked = SegmentRules.check(definition, context(id));
		String stored = text(new Stored(checked.match(), checked.conditions()));
		long saved;
		if (id == null) {
			saved = db.sql("""
					insert into segments (name, subject, definition, created_by, updated_by)
					values (:name, :subject, cast(:definition as jsonb), :by, :by) returning id""")
				.params(Map.of("name", checked.name(), "subject", checked.subject().name(), "definition", stored, "by", changedBy))
				.query(Long.class).single();
		}
		else {
			db.sql("""
					update segments set name = :name, subject = :subject, definition = cast(:definition as jsonb), updated_by = :by,
					    updated_at = now() where id = :id""")
				.params(Map.of("name", checked.name(), "subject", checked.subject().name(), "definition", stored, "by", changedBy, "id", id))
				.update();
			saved = id;
		}
		return get(saved);
	}

	public void delete(long id) {
		if (db.sql("delete from segments where id = ?").param(id).update() == 0) {
			throw new NotFoundException("segment", id);
		}
	}

	private Segment segment(long id, String name, String subject, String definition, Long createdBy, java.time.Instant updatedAt) {
		try {
			Stored stored = json.readValue(definition, Stored.class);
			return new Segment(id, new SegmentDefinition(name, SegmentSubject.valueOf(subject), stored.match(), stored.conditions()),
					createdBy, updatedAt);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("segment " + id + " has an unreadable definition", e);
		}
	}

	private String text(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
