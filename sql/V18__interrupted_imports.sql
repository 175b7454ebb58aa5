-- An import the application stopped in the middle of (a crash, a kill, a power cut) is marked
-- 'interrupted' at the next start, with the counts of what it had stored; it no longer stays
-- 'running' forever.
alter table import_batch drop constraint import_batch_status_check;
alter table import_batch add constraint import_batch_status_check
    check (status in ('running', 'finished', 'failed', 'cancelled', 'interrupted'));
