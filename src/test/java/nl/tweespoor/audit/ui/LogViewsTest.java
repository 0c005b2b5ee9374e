package nl.tweespoor.audit.ui;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import nl.tweespoor.audit.AuditRow;
import nl.tweespoor.base.Option;
import nl.tweespoor.review.DecisionRow;
import nl.tweespoor.review.ui.ReviewsView;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The audit log and the decision log on screen: newest first, filtered by a picked user or item. */
class LogViewsTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @Transactional
    @WithUserDetails("leader")
    @SuppressWarnings("unchecked")
    void the_audit_log_shows_the_newest_event_first_and_a_picked_user_narrows_it_to_their_events() {
        navigate(AuditView.class);
        Grid<AuditRow> grid = $(Grid.class).id("audit-grid");
        var newest = db.select(AUDIT_EVENT.ID)
                .from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(1)
                .fetchSingle()
                .value1();
        assertThat(test(grid).getRow(0).id()).isEqualTo(newest);
        assertThat($(Span.class).id("audit-count").getText()).isNotBlank();

        var actor = db.select(APP_USER.ID, APP_USER.USERNAME)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("manager"))
                .fetchSingle();
        db.execute("""
                insert into audit_event (actor_id, actor_name, kind, entity_type, summary)
                select ?, ?, 'TEST_EVENT', 'test', 'Test event ' || g from generate_series(1, 3) g
                """, actor.value1(), actor.value2());
        ComboBox<Option> user = $(ComboBox.class).id("audit-user");
        user.setValue(new Option(actor.value1(), actor.value2()));

        int rows = test(grid).size();
        assertThat(rows)
                .isEqualTo(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(actor.value1())))
                .isPositive()
                .isLessThan(db.fetchCount(AUDIT_EVENT));
        for (int i = 0; i < rows; i++) {
            assertThat(test(grid).getRow(i).actor()).isEqualTo(actor.value2());
        }
        assertThat($(Span.class).id("audit-count").getText()).isEqualTo(text("audit.count", rows));
    }

    @Test
    @WithUserDetails("viewer")
    @SuppressWarnings("unchecked")
    void the_decision_log_shows_every_decision_newest_first() {
        navigate(ReviewsView.class);
        Grid<DecisionRow> log = $(Grid.class).id("decision-log");

        int rows = test(log).size();

        assertThat(rows)
                .isEqualTo(db.fetchCount(nl.tweespoor.db.Tables.REVIEW_DECISION))
                .isPositive();
        assertThat(test(log).getRow(0).decidedAt())
                .isAfterOrEqualTo(test(log).getRow(rows - 1).decidedAt());
    }
}
