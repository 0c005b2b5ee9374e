package nl.tweespoor.dashboard;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Map;
import java.util.stream.Collectors;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.FlagService;
import nl.tweespoor.status.Rag;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.InOneRequest;
import nl.tweespoor.support.MorePortfolio;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 11: the dashboard's figures, each one statement, as many statements with thousands more items. */
@Transactional
@WithUserDetails("viewer")
class DashboardStatementsTest extends DatabaseTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    BudgetService budgets;

    @Autowired
    FlagService flags;

    @Autowired
    DSLContext db;

    @Test
    void the_latest_rag_counts_equal_a_sort_of_all_updates() {
        MorePortfolio.add(db, 500);
        // Two updates of one item at the same instant: the higher id is the latest, as before.
        db.execute("""
                insert into status_update (initiative_id, author_id, rag, progress_pct, quarter, summary, created_at)
                select i.id, i.owner_id, r.rag, 50, '2030-Q1', 'Same instant', timestamp with time zone '2099-01-01'
                from (select id, owner_id from initiative where stage = 'RUNNING' order by id limit 1) i
                cross join (values ('AMBER'), ('RED')) r(rag)
                """);

        assertThat(counts()).isEqualTo(oldCounts()).isNotEmpty();
    }

    @Test
    void the_dashboard_statements_are_as_many_on_the_demo_data_as_with_two_thousand_more_items() {
        long demo = InOneRequest.statements(this::dashboardView);
        var before = counts();

        MorePortfolio.add(db, 2_000);

        assertThat(InOneRequest.statements(this::dashboardView)).isEqualTo(demo);
        assertThat(counts()).as("the generated items count").isNotEqualTo(before);
    }

    /** The dashboard's own service calls in one round trip (the governance card is the governance feature's). */
    private void dashboardView() {
        budgets.yearTotals(Year.now().getValue());
        flags.activeFlagCounts();
        dashboard.latestRagOfActiveItems();
        dashboard.itemsPerTrackAndStage();
        dashboard.nextReview();
    }

    private Map<Rag, Integer> counts() {
        return dashboard.latestRagOfActiveItems().stream().collect(Collectors.toMap(RagCount::rag, RagCount::count));
    }

    /** The statement the dashboard ran before issue 11: DISTINCT ON over all updates of active items. */
    private Map<Rag, Integer> oldCounts() {
        var latest = DSL.select(STATUS_UPDATE.INITIATIVE_ID, STATUS_UPDATE.RAG)
                .distinctOn(STATUS_UPDATE.INITIATIVE_ID)
                .from(STATUS_UPDATE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(STATUS_UPDATE.INITIATIVE_ID))
                .where(INITIATIVE.STAGE.in(Stage.ACTIVE))
                .orderBy(STATUS_UPDATE.INITIATIVE_ID, STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc())
                .asTable("latest");
        var rag = latest.field(STATUS_UPDATE.RAG);
        return db.select(rag, DSL.count()).from(latest).groupBy(rag).fetchMap(r -> r.value1(), r -> r.value2());
    }
}
