package nl.tweespoor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.tweespoor.base.DatabaseUnavailable;
import nl.tweespoor.dashboard.DashboardService;
import nl.tweespoor.dashboard.ui.DashboardView;
import nl.tweespoor.security.ui.LoginView;
import nl.tweespoor.support.EmbeddedAppTest;
import nl.tweespoor.support.InOneRequest;
import nl.tweespoor.support.Poll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Restart drill: the database stops (pg_ctl) or its process is killed under the running app; pages say so plainly
 * and the app serves again without a restart of its own.
 */
class DatabaseOutageTest extends EmbeddedAppTest {

    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);

    @Autowired
    DashboardService dashboard;

    @Autowired
    WebApplicationContext context;

    @Test
    @WithUserDetails("leader")
    void a_stopped_database_is_told_plainly_and_the_app_serves_again_once_it_is_started() throws Exception {
        navigate(DashboardView.class);
        assertThat(health().get(10, TimeUnit.SECONDS)).isEqualTo("200 {\"status\":\"UP\"}");

        server.stop();

        // As the next request would ask (the browserless test's one request keeps what it has read): the dashboard's
        // figures are kept between requests, but each request reads the portfolio's version first.
        var refused = catchThrowable(() -> InOneRequest.run(dashboard::itemsPerTrackAndStage));
        assertThat(DatabaseUnavailable.causedBy(refused))
                .as(
                        "refusal %s caused by %s",
                        refused, org.springframework.core.NestedExceptionUtils.getMostSpecificCause(refused))
                .isTrue();
        // The next page the user opens (Vaadin keeps the instance of the page already shown).
        com.vaadin.flow.component.UI.getCurrent().navigate(nl.tweespoor.governance.ui.GovernanceView.class);
        assertThat(getCurrentView()).isInstanceOf(DatabaseErrorPage.class);
        assertThat($(DatabaseRetryNotice.class).single().getElement().getTextRecursively())
                .contains(text("database.unavailable.title"));
        assertThat(health().get(2, TimeUnit.SECONDS)).isEqualTo("503 {\"status\":\"DOWN\"}");

        server.restart();

        Poll.untilPasses(
                BACK_WITHIN,
                "the dashboard's service answering again",
                () -> assertThat(InOneRequest.run(dashboard::itemsPerTrackAndStage))
                        .isNotEmpty());
        navigate(DashboardView.class);
        assertThat($(DatabaseRetryNotice.class).exists()).isFalse();
        assertThat(health().get(10, TimeUnit.SECONDS)).isEqualTo("200 {\"status\":\"UP\"}");
    }

    @Test
    @WithUserDetails("leader")
    void a_killed_database_process_is_started_again_and_pages_work_without_restarting_the_app() throws Exception {
        var killed = ProcessHandle.of(server.pid()).orElseThrow();

        killed.destroyForcibly();
        killed.onExit().get(10, TimeUnit.SECONDS);

        Poll.untilPasses(
                BACK_WITHIN,
                "the dashboard's service answering after the kill",
                () -> assertThat(InOneRequest.run(dashboard::itemsPerTrackAndStage))
                        .isNotEmpty());
        assertThat(server.pid()).isNotEqualTo(killed.pid());
        navigate(DashboardView.class);
        assertThat($(DatabaseRetryNotice.class).exists()).isFalse();
    }

    @Test
    void the_login_page_says_the_database_is_unavailable_instead_of_hanging() {
        navigate(LoginView.class);
        assertThat($(DatabaseRetryNotice.class).exists()).isFalse();

        server.stop();
        navigate(LoginView.class);

        assertThat($(DatabaseRetryNotice.class).single().getElement().getTextRecursively())
                .contains(text("database.unavailable.title"));
        server.restart();
        Poll.untilPasses(
                BACK_WITHIN,
                "the database answering",
                () -> assertThat(database.reachable()).isTrue());
        navigate(LoginView.class);
        assertThat($(DatabaseRetryNotice.class).exists()).isFalse();
    }

    /** Status code and body of an anonymous health request, answered on another thread so a hang shows. */
    private CompletableFuture<String> health() {
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        var answer = new CompletableFuture<String>();
        Thread.ofVirtual().start(() -> answer.complete(call(mvc)));
        return answer;
    }

    private static String call(MockMvc mvc) {
        try {
            var response = mvc.perform(get("/actuator/health")).andReturn().getResponse();
            return response.getStatus() + " " + response.getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
