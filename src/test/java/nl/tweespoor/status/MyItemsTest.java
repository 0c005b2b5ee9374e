package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.InOneRequest;
import nl.tweespoor.support.MorePortfolio;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 11: My items is paged; each item's last update is its latest status, read per shown item. */
@Transactional
@WithUserDetails("manager")
class MyItemsTest extends DatabaseTest {

    @Autowired
    StatusService statuses;

    @Autowired
    DSLContext db;

    @Test
    void the_pages_hold_every_open_item_once_longest_without_an_update_first_with_its_latest_update() {
        MorePortfolio.add(db, 600);
        long manager = db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("manager"))
                .fetchSingle()
                .value1();
        var latest = db.select(INITIATIVE.ID, DSL.max(STATUS_UPDATE.CREATED_AT))
                .from(INITIATIVE)
                .leftJoin(STATUS_UPDATE)
                .on(STATUS_UPDATE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .where(INITIATIVE.OWNER_ID.eq(manager), INITIATIVE.STAGE.in(Stage.OPEN))
                .groupBy(INITIATIVE.ID)
                .fetchMap(r -> r.value1(), r -> java.util.Optional.ofNullable(r.value2()));

        int total = statuses.countMyItems();
        var all = new ArrayList<MyItem>();
        for (int offset = 0; offset < total; offset += 9) {
            all.addAll(statuses.myItems(offset, 9));
        }

        assertThat(total).isEqualTo(latest.size()).isGreaterThan(20);
        assertThat(all)
                .extracting(MyItem::id)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(latest.keySet());
        assertThat(all)
                .allSatisfy(item -> assertThat(java.util.Optional.ofNullable(item.lastUpdate()))
                        .isEqualTo(latest.get(item.id())));
        assertThat(all)
                .extracting(MyItem::lastUpdate)
                .isSortedAccordingTo(Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()));
        assertThat(all).allSatisfy(item -> assertThat(item.signals()).isNotNull());
    }

    @Test
    void my_items_statements_are_as_many_on_the_demo_data_as_with_two_thousand_more_items() {
        long demo = InOneRequest.statements(this::myItemsView);
        MorePortfolio.add(db, 2_000);
        assertThat(statuses.countMyItems()).isGreaterThan(50);
        assertThat(InOneRequest.statements(this::myItemsView)).isEqualTo(demo);
    }

    /** What My items asks for when it opens: the first page with its flags, and the count. */
    private void myItemsView() {
        statuses.myItems(0, 50);
        statuses.countMyItems();
    }
}
