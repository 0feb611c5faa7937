-- The first and the last day on which each account and each person did each event: what "ever"
-- means for the signals (the last login, how many key events were ever completed) without reading
-- every day of history. Kept with the daily rollups they summarise, rebuilt with them, and exact as
-- of any past day for "ever done by then" (first_day <= day); the last login before a past day that
-- is followed by later logins comes from the rollups' window instead.
create table account_event_spans (
    account_id      bigint      not null,
    name            text        not null,
    first_day       date        not null,
    last_day        date        not null,
    primary key (account_id, name)
);

create table person_event_spans (
    person_id       bigint      not null,
    name            text        not null,
    first_day       date        not null,
    last_day        date        not null,
    primary key (person_id, name)
);

insert into account_event_spans (account_id, name, first_day, last_day)
select account_id, name, min(day), max(day) from account_daily_events group by 1, 2 order by 1, 2;

insert into person_event_spans (person_id, name, first_day, last_day)
select person_id, name, min(day), max(day) from person_daily_events group by 1, 2 order by 1, 2;
