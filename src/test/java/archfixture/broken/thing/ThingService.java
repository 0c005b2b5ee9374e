package archfixture.broken.thing;

import archfixture.broken.db.tables.Thing;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Holds a DSLContext and a generated table itself; one method has no transaction, another checks no role. */
@Service
public class ThingService {

    private final DSLContext db;

    ThingService(DSLContext db) {
        this.db = db;
    }

    @PreAuthorize("isAuthenticated()")
    public Thing withoutTransaction() {
        return db == null ? null : new Thing();
    }

    @Transactional
    public void withoutRoleCheck() {}
}
