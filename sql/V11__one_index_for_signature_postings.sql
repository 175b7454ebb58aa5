-- One index serves the inverted index both ways: the candidate search reads ranges of (term, time),
-- and it keeps each (term, article) posting unique, since an article has one publication time
-- (nulls not distinct: an undated article's postings are unique too). Every imported article
-- writes about 25 postings, so one index fewer per posting matters.
/* [jooq ignore start] */
create unique index article_signature_term_time_key on article_signature (term, published_at, article_id) nulls not distinct;
drop index article_signature_term_time_idx;
alter table article_signature drop constraint article_signature_pkey;
/* [jooq ignore stop] */
