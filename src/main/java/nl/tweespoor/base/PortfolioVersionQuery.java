package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.PORTFOLIO_VERSION;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads portfolio_version, the number every committed change to the portfolio moves on (V75). */
@Repository
class PortfolioVersionQuery {

    private final DSLContext db;

    PortfolioVersionQuery(DSLContext db) {
        this.db = db;
    }

    long current() {
        return db.select(PORTFOLIO_VERSION.VERSION)
                .from(PORTFOLIO_VERSION)
                .fetchSingle()
                .value1();
    }
}
