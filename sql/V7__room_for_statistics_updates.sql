-- Every import transaction adds to the statistics of thousands of terms at once. With free room on
-- each page an update can stay on its page without touching the term index (a heap-only tuple
-- update), and the versions it leaves behind are pruned as pages are read. Applies to pages written
-- from now on.
/* [jooq ignore start] */
alter table term_stat set (fillfactor = 50);
/* [jooq ignore stop] */
