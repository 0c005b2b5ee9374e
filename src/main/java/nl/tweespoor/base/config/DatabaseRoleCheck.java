package nl.tweespoor.base.config;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warns at start when the app's own connection could undo the database's rules: a superuser or the owner of the
 * tables can truncate audit events or disable the triggers that keep closed reviews final.
 */
@Component
@Order(-10)
class DatabaseRoleCheck implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRoleCheck.class);

    private final DSLContext db;

    DatabaseRoleCheck(DSLContext db) {
        this.db = db;
    }

    @Override
    public void run(ApplicationArguments args) {
        problems()
                .forEach(problem -> LOG.warn(
                        "{} Run the app as a plain login role; see README, " + "'An external PostgreSQL'.", problem));
    }

    /** What is too powerful about the app's database role; empty when it is a plain login role. */
    List<String> problems() {
        var problems = new ArrayList<String>();
        var role = db.fetchSingle("select current_user").get(0, String.class);
        if (Boolean.TRUE.equals(db.fetchSingle("select rolsuper from pg_roles where rolname = current_user")
                .get(0, Boolean.class))) {
            problems.add("The app connects to PostgreSQL as the superuser '" + role + "'.");
        }
        var owned = db.fetchValue(DSL.selectCount()
                .from(DSL.table("pg_tables"))
                .where(DSL.field("schemaname").eq(DSL.field("current_schema()", String.class)))
                .and(DSL.field("tableowner").eq(role)));
        if (owned != null && owned > 0) {
            problems.add("The app's database role '" + role + "' owns " + owned + " of its tables.");
        }
        return problems;
    }
}
