package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import java.math.BigDecimal;
import org.jooq.impl.DSL;

/**
 * Each quarter's actual is what the item's last update of that quarter said it had spent, as posting a status update
 * does in the app; a quarter without an update has spent nothing yet. So an update and the budget page never disagree.
 */
final class Actuals extends Chapter {

    Actuals(Story story) {
        super(story);
    }

    @Override
    void tell() {
        var latestSpend = DSL.select(STATUS_UPDATE.SPEND)
                .from(STATUS_UPDATE)
                .where(
                        STATUS_UPDATE.INITIATIVE_ID.eq(BUDGET_LINE.INITIATIVE_ID),
                        STATUS_UPDATE.QUARTER.eq(BUDGET_LINE.QUARTER),
                        STATUS_UPDATE.SPEND.isNotNull())
                .orderBy(STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc())
                .limit(1);
        db.update(BUDGET_LINE)
                .set(BUDGET_LINE.ACTUAL, DSL.coalesce(latestSpend.<BigDecimal>asField(), BigDecimal.ZERO))
                .where(BUDGET_LINE.QUARTER.le(current.toString()))
                .execute();
    }
}
