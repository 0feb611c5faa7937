package io.tenure.health;

import java.sql.Timestamp;
import java.util.List;

import io.tenure.platform.ConflictException;
import io.tenure.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecards in force, in priority order. With none stored, the built-in default applies to every
 * account. A definition is checked whole before it is stored, so a bad one leaves the previous in force;
 * every saved definition is also kept as a revision.
 */
@Repository
public class Scorecards {

	private final JdbcClient db;
	private volatile List<Scorecard> inForce;

	Scorecards(JdbcClient db) {
		this.db = db;
	}

	public List<StoredScorecard> stored() {
		return db.sql("select id, position, definition, updated_at from scorecards order by position, id")
			.query((rs, n) -> new StoredScorecard(rs.getLong("id"), rs.getInt("position"),
					ScorecardFormat.readJson(rs.getString("definition")), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	public StoredScorecard get(long id) {
		return stored().stream().filter(s -> s.id() == id).findFirst().orElseThrow(() -> new NotFoundException("scorecard", id));
	}

	/** What scores accounts now: the stored scorecards in priority order, or the default when there are none. */
	public List<Scorecard> inForce() {
		List<Scorecard> cards = inForce;
		if (cards == null) {
			cards = stored().stream().map(StoredScorecard::card).toList();
			if (cards.isEmpty()) {
				cards = List.of(DefaultScorecard.definition());
			}
			inForce = cards;
		}
		return cards;
	}

	/** The scorecard for an account of this tier and stage: the most specific that applies, else the default. */
	public Scorecard forAccount(String tier, String stage) {
		return ScorecardChoice.choose(inForce(), tier, stage).orElseGet(DefaultScorecard::definition);
	}

	/** Adds a scorecard (id null, placed last) or replaces one; the card must have passed {@link ScorecardRules}. */
	@Transactional
	public StoredScorecard save(Long id, Scorecard card, Long changedBy) {
		String definition = ScorecardFormat.writeJson(card);
		Long other = db.sql("select id from scorecards where name = ?").param(card.name()).query(Long.class).optional().orElse(null);
		if (other != null && !other.equals(id)) {
			throw new ConflictException("name", "a scorecard named \"" + card.name() + "\" exists already");
		}
		long saved;
		if (id == null) {
			saved = db.sql("""
					insert into scorecards (name, position, definition, updated_by)
					values (?, (select coalesce(max(position), 0) + 1 from scorecards), ?, ?) returning id""")
				.params(card.name(), definition, changedBy).query(Long.class).single();
		}
		else {
			int updated = db.sql("update scorecards set name = ?, definition = ?, updated_by = ?, updated_at = now() where id = ?")
				.params(card.name(), definition, changedBy, id).update();
			if (updated == 0) {
				throw new NotFoundException("scorecard", id);
			}
			saved = id;
		}
		revision(saved, card.name(), definition, changedBy);
		inForce = null;
		return get(saved);
	}

	@Transactional
	public void delete(long id, Long changedBy) {
		StoredScorecard card = get(id);
		db.sql("delete from scorecards where id = ?").param(id).update();
		revision(id, card.name(), null, changedBy);
		inForce = null;
	}

	/** Moves a scorecard one place up in the priority order. */
	@Transactional
	public void moveUp(long id) {
		List<Long> ids = new java.util.ArrayList<>(stored().stream().map(StoredScorecard::id).toList());
		int at = ids.indexOf(id);
		if (at < 0) {
			throw new NotFoundException("scorecard", id);
		}
		if (at > 0) {
			java.util.Collections.swap(ids, at, at - 1);
		}
		for (int position = 0; position < ids.size(); position++) {
			db.sql("update scorecards set position = ? where id = ?").params(position, ids.get(position)).update();
		}
		inForce = null;
	}

	private void revision(long id, String name, String definition, Long changedBy) {
		db.sql("insert into scorecard_revisions (scorecard_id, name, definition, changed_by, changed_at) values (?, ?, ?, ?, ?)")
			.params(id, name, definition, changedBy, new Timestamp(System.currentTimeMillis())).update();
	}
}
