-- Segments: saved filters over accounts or people. The definition holds how the conditions combine and
-- the conditions: {"match": "ALL", "conditions": [{"field": "tier", "operator": "is", "value": "KEY"}]}.
create table segments (
    id              bigint generated always as identity primary key,
    name            text        not null,
    subject         text        not null check (subject in ('ACCOUNTS', 'PEOPLE')),
    definition      jsonb       not null,
    created_by      bigint      references staff_users (id),
    created_at      timestamptz not null default now(),
    updated_by      bigint      references staff_users (id),
    updated_at      timestamptz not null default now()
);
create unique index segments_name on segments (lower(name));

-- Useful from the first day: the seeds' examples (S3, S6, S15).
insert into segments (name, subject, definition) values
    ('Key accounts with falling logins', 'ACCOUNTS',
     '{"match": "ALL", "conditions": [{"field": "tier", "operator": "is", "value": "KEY"}, {"field": "login_trend", "operator": "<=", "value": -30}]}'),
    ('People who opened tickets and did not convert afterwards', 'PEOPLE',
     '{"match": "ALL", "conditions": [{"field": "tickets_without_success", "operator": ">=", "value": 1}]}'),
    ('Silent accounts', 'ACCOUNTS',
     '{"match": "ALL", "conditions": [{"field": "indicator", "operator": "firing", "value": "silent_account"}]}'),
    ('Red key accounts', 'ACCOUNTS',
     '{"match": "ALL", "conditions": [{"field": "tier", "operator": "is", "value": "KEY"}, {"field": "band", "operator": "is", "value": "RED"}]}'),
    ('Accounts with many password resets', 'ACCOUNTS',
     '{"match": "ALL", "conditions": [{"field": "password_resets_30d", "operator": ">=", "value": 3}]}');
