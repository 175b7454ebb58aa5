-- The charset each import's text was read in ("UTF-8", "windows-1252", "UTF-16LE"; several, comma-separated,
-- for a ZIP whose files differ), shown in its report. Null for imports made before it was recorded.
alter table import_batch add column charset text;
