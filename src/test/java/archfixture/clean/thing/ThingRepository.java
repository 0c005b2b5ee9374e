package archfixture.clean.thing;

import archfixture.clean.db.tables.Thing;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ThingRepository {

    private final DSLContext db;

    ThingRepository(DSLContext db) {
        this.db = db;
    }

    Thing find() {
        return db == null ? null : new Thing();
    }
}
