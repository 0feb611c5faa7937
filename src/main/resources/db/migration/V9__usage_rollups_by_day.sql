-- Signals read the rollups in windows of days (the last 7, 30, 90). Rollup rows are written about as
-- their days pass (and a rebuild writes them in day order), so a BRIN index on the day lets those
-- windows skip the blocks of older days for a few kilobytes of index.
create index account_daily_events_day on account_daily_events using brin (day);
create index person_daily_events_day on person_daily_events using brin (day);
