-- Least privilege: Flyway migrates as the owner of the schema; the app signs in as a plain login role
-- (${app_role}, from tweespoor.db.app-role, by default the datasource user) that may only read and write rows.
-- It gets no TRUNCATE, REFERENCES or TRIGGER privilege anywhere and cannot ALTER, DROP or disable triggers, because
-- those belong to the owner alone. Audit events can only be added and read. Later migrations' tables get the same
-- row privileges through the default privileges below; a table that needs less revokes it in its own migration.
-- [jooq ignore start]
revoke create on schema public from public;
grant usage on schema public to ${app_role};

grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage on all sequences in schema public to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage on sequences to ${app_role};

-- Append-only and read-only rows.
revoke update, delete on audit_event from ${app_role};
-- Flyway's own history is the owner's; only when the app has a role of its own (revoking from the owner itself would
-- stop Flyway recording this very migration).
do $$
begin
    if '${app_role}' <> current_user then
        execute 'revoke insert, update, delete on ${flyway:table} from ${app_role}';
    end if;
end;
$$;
revoke insert, delete on app_setting from ${app_role};
-- [jooq ignore stop]
