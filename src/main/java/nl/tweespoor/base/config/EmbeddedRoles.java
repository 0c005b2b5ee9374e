package nl.tweespoor.base.config;

import static nl.tweespoor.base.config.EmbeddedSecrets.APP;
import static nl.tweespoor.base.config.EmbeddedSecrets.OWNER;
import static nl.tweespoor.base.config.EmbeddedSecrets.SUPERUSER;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Gives the embedded PostgreSQL the roles of an external install, on every start (each step is idempotent): the
 * owner that Flyway migrates as and that owns the schema, the app's plain login role, the generated passwords, the
 * app's database, and (for data folders of earlier versions, where the superuser owned everything) the hand-over of
 * the app's objects to the owner. The app role's privileges come from the migrations.
 */
final class EmbeddedRoles {

    private static final String CREATE_ROLES = """
            do $$
            begin
                if not exists (select from pg_roles where rolname = '%1$s') then create role %1$s; end if;
                if not exists (select from pg_roles where rolname = '%2$s') then create role %2$s; end if;
            end;
            $$""".formatted(OWNER, APP);

    /** Objects of the public schema still owned by someone else (the superuser, before this version). */
    private static final String HAND_OVER = """
            do $$
            declare
                item record;
            begin
                for item in
                    select c.oid::regclass as name,
                           case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
                                          when 'f' then 'foreign table' when 'S' then 'sequence' else 'table' end as kind
                    from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relowner <> '%1$s'::regrole
                      and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
                loop
                    execute format('alter %%s %%s owner to %1$s', item.kind, item.name);
                end loop;
                for item in
                    select p.oid::regprocedure as name from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and p.proowner <> '%1$s'::regrole
                      and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                                      and d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter routine %%s owner to %1$s', item.name);
                end loop;
                for item in
                    select t.oid::regtype as name from pg_type t
                    where t.typnamespace = 'public'::regnamespace and t.typowner <> '%1$s'::regrole
                      and t.typtype in ('e', 'd', 'r', 'm') and t.typelem = 0
                      and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass
                                      and d.objid = t.oid and d.deptype = 'e')
                loop
                    execute format('alter type %%s owner to %1$s', item.name);
                end loop;
            end;
            $$""".formatted(OWNER);

    private EmbeddedRoles() {}

    static void apply(String jdbcUrlPrefix, EmbeddedSecrets secrets) throws SQLException {
        try (var postgres = connect(jdbcUrlPrefix + "postgres", secrets)) {
            execute(postgres, CREATE_ROLES);
            for (var role : new String[] {OWNER, APP}) {
                execute(
                        postgres,
                        "alter role " + role + " login nosuperuser nocreatedb nocreaterole noreplication"
                                + " nobypassrls password '"
                                + (role.equals(OWNER) ? secrets.ownerPassword() : secrets.appPassword()) + "'");
            }
            execute(postgres, "alter role " + SUPERUSER + " password '" + secrets.superuserPassword() + "'");
            if (!databaseExists(postgres, secrets.database())) {
                execute(postgres, "create database " + secrets.database() + " owner " + OWNER + " encoding 'UTF8'");
            }
            execute(postgres, "revoke all on database " + secrets.database() + " from public");
            execute(
                    postgres,
                    "grant connect, temporary on database " + secrets.database() + " to " + OWNER + ", " + APP);
        }
        try (var app = connect(jdbcUrlPrefix + secrets.database(), secrets)) {
            execute(app, "alter schema public owner to " + OWNER);
            execute(app, HAND_OVER);
            // Search (V81) needs these two; they are trusted, so the owner could create them in a database it owns,
            // but a data folder of an earlier version keeps the app in the superuser's database "postgres".
            execute(app, "create extension if not exists unaccent schema public");
            execute(app, "create extension if not exists pg_trgm schema public");
        }
    }

    static Connection connect(String url, EmbeddedSecrets secrets) throws SQLException {
        return DriverManager.getConnection(url, SUPERUSER, secrets.superuserPassword());
    }

    private static boolean databaseExists(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.setString(1, name);
            try (var result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
