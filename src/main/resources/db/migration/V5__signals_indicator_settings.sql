-- The emergency indicators' settings as the admin changed them. An indicator without a row is on,
-- with its default thresholds; a threshold missing from the row keeps its default.
create table indicator_settings (
    indicator       text        primary key,
    enabled         boolean     not null,
    thresholds      jsonb       not null default '{}',
    updated_by      bigint      references staff_users (id),
    updated_at      timestamptz not null default now()
);
