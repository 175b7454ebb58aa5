-- Total occurrences of each body term over the corpus, beside its document frequency: the
-- background distribution of the informative Dirichlet prior in the weighted log-odds ratio
-- (Monroe, Colaresi & Quinn 2008). The row with term '' holds the total number of body tokens.
alter table term_stat add column term_count bigint not null default 0;

/* [jooq ignore start] */
update term_stat s set term_count = t.total
from (select u.term, sum(u.count) as total
      from article_terms a, unnest(a.body_terms, a.body_counts) as u(term, count)
      group by u.term) t
where s.term = t.term;

update term_stat set term_count = coalesce((select sum(c) from article_terms a, unnest(a.body_counts) as c), 0)
where term = '';
/* [jooq ignore stop] */
