-- An article's outlet set or corrected by hand: who set it and when. An article with
-- outlet_set_by not null has a manual outlet (outlet_evidence 'MANUAL'); imports never overwrite it
-- (the same text is one article: a re-import is a duplicate and leaves the stored row as it is).
alter table article add column outlet_set_by bigint references app_user (id);
alter table article add column outlet_set_at timestamptz;
