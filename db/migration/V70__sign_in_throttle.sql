-- Branch signin: failed sign-ins are counted per user name and client address (and per address alone, under the
-- user name '*', which no account can have), so a flood from one address cannot lock an account everywhere.
create table login_attempt (
    username        varchar(60)              not null,
    address         varchar(64)              not null,
    failures        integer                  not null default 0,
    locked_until    timestamp with time zone,
    last_failure_at timestamp with time zone not null default current_timestamp,
    constraint login_attempt_pk primary key (username, address),
    constraint login_attempt_failures_ck check (failures >= 0)
);

-- The lock per user name alone is gone: it let anyone lock any account from outside.
alter table app_user drop constraint app_user_failed_logins_ck;
alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
