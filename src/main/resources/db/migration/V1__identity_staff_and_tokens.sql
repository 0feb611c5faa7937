-- Staff who log in to Tenure, and the API tokens that act for them.
create table staff_users (
    id              bigint generated always as identity primary key,
    email           text        not null,
    display_name    text        not null,
    password_hash   text        not null,
    role            text        not null check (role in ('ADMIN', 'MANAGER', 'CSM', 'VIEWER')),
    active          boolean     not null default true,
    created_at      timestamptz not null default now(),
    last_login_at   timestamptz
);
create unique index staff_users_email_key on staff_users (lower(email));

create table api_tokens (
    id              bigint generated always as identity primary key,
    name            text        not null,
    token_hash      bytea       not null unique,
    token_prefix    text        not null,
    role            text        not null check (role in ('ADMIN', 'MANAGER', 'CSM', 'VIEWER')),
    staff_user_id   bigint      not null references staff_users (id),
    created_by      bigint      references staff_users (id),
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
