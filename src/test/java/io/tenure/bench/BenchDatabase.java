package io.tenure.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The benchmark's queries against Tenure's database: counts, checkpoints, pg_stat_statements. */
final class BenchDatabase {

	private final DataSource dataSource;
	private final JdbcClient db;

	BenchDatabase(DataSource dataSource) {
		this.dataSource = dataSource;
		this.db = JdbcClient.create(dataSource);
	}

	/** A connection of its own, for COPY and for polling. */
	Connection connection() throws SQLException {
		return dataSource.getConnection();
	}

	/** The single number the query returns. */
	long count(String sql) {
		return db.sql(sql).query(Long.class).single();
	}

	void checkpoint() {
		db.sql("checkpoint").update();
	}

	/** external_id to id of every row of people or accounts. */
	Map<String, Long> externalIds(String table) {
		Map<String, Long> ids = new HashMap<>();
		db.sql("select external_id, id from " + table).query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
		return ids;
	}

	/** Events the daily rollups count for the benchmark's accounts (acct-*). */
	long rolledUpBenchmarkEvents() {
		return count("""
				select coalesce(sum(events), 0) from account_daily_events d join accounts a on a.id = d.account_id
				where a.external_id like 'acct-%'""");
	}

	/** Track and page events stored for the benchmark's accounts through HTTP (not by the COPY phase). */
	long storedBenchmarkEvents() {
		return count("""
				select count(*) from events e join accounts a on a.id = e.account_id
				where a.external_id like 'acct-%' and e.type in ('track', 'page') and e.message_id not like 'copy-%'""");
	}

	/** PostgreSQL's version without the build details, e.g. "PostgreSQL 17.5". */
	/** Row updates so far of the tables ingestion updates, and how many were HOT (no index touched): "table updates/hot". */
	String updates() {
		return String.join(", ", db.sql("""
				select relname || ' ' || n_tup_upd || '/' || n_tup_hot_upd from pg_stat_user_tables
				where relname in ('people', 'accounts', 'account_daily_events', 'person_daily_events', 'event_names',
				                  'account_event_spans', 'person_event_spans') order by relname""").query(String.class).list());
	}

	String version() {
		return db.sql("select version()").query(String.class).single().replaceAll(" on .*", "");
	}

	String synchronousCommit() {
		return db.sql("show synchronous_commit").query(String.class).single();
	}

	void createStatementsExtension() {
		db.sql("create extension if not exists pg_stat_statements").update();
	}

	void resetStatements() {
		db.sql("select pg_stat_statements_reset()").query(Object.class).list();
	}

	/** The 12 statements that took the most time: total s, calls, ms a call, rows, the statement's start. */
	List<String[]> topStatements() {
		return db.sql("""
				select round(total_exec_time::numeric / 1000, 2), calls, round((total_exec_time / greatest(calls, 1))::numeric, 3), rows,
				       regexp_replace(left(query, 110), '\\s+', ' ', 'g')
				from pg_stat_statements order by total_exec_time desc limit 12""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) })
			.list();
	}
}
