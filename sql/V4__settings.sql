-- Settings users change in the app and that must survive a restart (e.g. the grouping threshold).
create table app_setting (
    name        varchar(100) primary key,
    value       text        not null,
    updated_at  timestamptz not null default now(),
    updated_by  bigint      references app_user (id)
);
