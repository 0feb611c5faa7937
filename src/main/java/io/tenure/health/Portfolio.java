package io.tenure.health;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portfolio read model: accounts (not churned) with their latest health, the change since a week
 * before, and the indicators firing; counts by band per owner, tier and lifecycle stage. Joins the
 * accounts module's table in SQL, as a read model does.
 */
@Repository
public class Portfolio {

	/** One account in a portfolio list; weekChange null without a score a week before. */
	public record Row(long accountId, String name, String tier, String stage, String ownerName, Double score, Band band,
			Double weekChange, List<String> indicators) {
	}

	/** How many accounts of a group (an owner, a tier, a stage) are in each band, and without a score. */
	public record BandCounts(String group, int red, int yellow, int green, int unscored) {

		public int total() {
			return red + yellow + green + unscored;
		}
	}

	private static final String ROWS = """
			select a.id, a.name, a.tier, a.lifecycle_stage, s.display_name as owner_name, h.score, h.band, h.indicators,
			       h.score - w.score as week_change
			from accounts a
			join account_health h on h.account_id = a.id
			left join account_scores w on w.account_id = a.id and w.day = h.as_of - 7
			left join staff_users s on s.id = a.owner_id
			where a.lifecycle_stage <> 'CHURNED' and (cast(:owner as bigint) is null or a.owner_id = :owner)
			""";

	private final JdbcClient db;

	Portfolio(JdbcClient db) {
		this.db = db;
	}

	/** The latest health of these accounts (those without any are left out). */
	public List<Row> latest(List<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return db.sql("""
				select a.id, a.name, a.tier, a.lifecycle_stage, null as owner_name, h.score, h.band, h.indicators, null::numeric as week_change
				from accounts a join account_health h on h.account_id = a.id where a.id = any(:ids)""")
			.param("ids", accountIds.toArray(Long[]::new))
			.query((rs, n) -> row(rs)).list();
	}

	/** Accounts by health, lowest score first (unscored first of all). */
	public List<Row> byHealth(Long ownerId, int limit) {
		return rows(ROWS + " order by h.score asc nulls first, a.name limit :limit", ownerId, limit);
	}

	/** The biggest drops in score since a week before. */
	public List<Row> biggestDrops(Long ownerId, int limit) {
		return rows(ROWS + " and h.score - w.score < 0 order by h.score - w.score asc, a.name limit :limit", ownerId, limit);
	}

	/** Accounts with at least one indicator firing, lowest score first. */
	public List<Row> firing(Long ownerId, int limit) {
		return rows(ROWS + " and cardinality(h.indicators) > 0 order by h.score asc nulls first, a.name limit :limit", ownerId, limit);
	}

	/** How many accounts each indicator flags now. */
	public Map<String, Integer> indicatorCounts(Long ownerId) {
		Map<String, Integer> out = new LinkedHashMap<>();
		db.sql("""
				select i as indicator, count(*) as accounts
				from accounts a join account_health h on h.account_id = a.id, unnest(h.indicators) as i
				where a.lifecycle_stage <> 'CHURNED' and (cast(:owner as bigint) is null or a.owner_id = :owner)
				group by i order by count(*) desc""")
			.param("owner", ownerId)
			.query((rs, n) -> out.put(rs.getString("indicator"), rs.getInt("accounts"))).list();
		return out;
	}

	/** Band counts grouped by "owner", "tier" or "stage". */
	public List<BandCounts> bands(String by, Long ownerId) {
		String group = switch (by) {
			case "owner" -> "coalesce(s.display_name, '')";
			case "tier" -> "a.tier";
			case "stage" -> "a.lifecycle_stage";
			default -> "'all'";
		};
		return db.sql("""
				select %s as grp, count(*) filter (where h.band = 'RED') as red, count(*) filter (where h.band = 'YELLOW') as yellow,
				       count(*) filter (where h.band = 'GREEN') as green, count(*) filter (where h.band is null) as unscored
				from accounts a left join account_health h on h.account_id = a.id left join staff_users s on s.id = a.owner_id
				where a.lifecycle_stage <> 'CHURNED' and (cast(:owner as bigint) is null or a.owner_id = :owner)
				group by 1 order by 1""".formatted(group))
			.param("owner", ownerId)
			.query((rs, n) -> new BandCounts(rs.getString("grp"), rs.getInt("red"), rs.getInt("yellow"), rs.getInt("green"),
					rs.getInt("unscored")))
			.list();
	}

	private List<Row> rows(String sql, Long ownerId, int limit) {
		return db.sql(sql).param("owner", ownerId).param("limit", limit).query((rs, n) -> row(rs)).list();
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("tier"), rs.getString("lifecycle_stage"),
				rs.getString("owner_name"), number(rs.getBigDecimal("score")),
				rs.getString("band") == null ? null : Band.valueOf(rs.getString("band")), number(rs.getBigDecimal("week_change")),
				rs.getArray("indicators") == null ? List.of()
						: new ArrayList<>(Arrays.asList((String[]) rs.getArray("indicators").getArray())));
	}

	private static Double number(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}
}
