package io.tenure.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tenure.platform.Page;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Turns an {@link AccountQuery} into one count and one page query, with only whitelisted sort columns. */
final class AccountSearch {

	private static final Map<String, String> ORDER = Map.of(
			"name", "lower(a.name)",
			"tier", "array_position(array['STANDARD','LARGE','KEY'], a.tier)",
			"stage", "array_position(array['TRIAL','ONBOARDING','ADOPTION','MATURE','CHURNED'], a.lifecycle_stage)",
			"owner", "lower(s.display_name)",
			"customerSince", "a.customer_since",
			"employees", "a.employees",
			"updated", "a.updated_at");

	private final AccountQuery query;
	private final List<String> conditions = new ArrayList<>();
	private final Map<String, Object> params = new HashMap<>();

	AccountSearch(AccountQuery query) {
		this.query = query;
		if (query.q() != null) {
			conditions.add("(a.name ilike :q or a.domain ilike :q or a.external_id ilike :q)");
			params.put("q", Text.containing(query.q()));
		}
		add("a.tier = :tier", "tier", query.tier() == null ? null : query.tier().name());
		add("a.lifecycle_stage = :stage", "stage", query.stage() == null ? null : query.stage().name());
		add("a.industry = :industry", "industry", query.industry());
		add("a.country = :country", "country", query.country());
		if (query.ownerId() != null) {
			if (query.ownerId() == 0) {
				conditions.add("a.owner_id is null");
			}
			else {
				add("a.owner_id = :ownerId", "ownerId", query.ownerId());
			}
		}
	}

	private void add(String condition, String name, Object value) {
		if (value != null) {
			conditions.add(condition);
			params.put(name, value);
		}
	}

	Page<Account> run(JdbcClient db, RowMapper<Account> mapper) {
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = db.sql("select count(*) from accounts a left join staff_users s on s.id = a.owner_id" + where)
			.params(params).query(Long.class).single();
		String column = ORDER.getOrDefault(query.sortField(), ORDER.get("name"));
		String direction = query.descending() ? " desc nulls last" : " asc nulls last";
		List<Account> items = db.sql(Accounts.SELECT + where + " order by " + column + direction + ", a.id limit :limit offset :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(mapper)
			.list();
		return new Page<>(items, query.page(), query.size(), total);
	}
}
