package nl.tweespoor.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import nl.tweespoor.dashboard.ui.DashboardView;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** In demo mode every page's header says so, because the demo accounts' password is published. */
class DemoBadgeTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("viewer")
    void the_header_shows_a_demo_badge_in_demo_mode() {
        navigate(DashboardView.class);

        var badges = $(Span.class).withClassName("badge-demo").all();
        assertThat(badges).singleElement().satisfies(badge -> {
            assertThat(badge.getText()).isEqualTo(text("layout.demo"));
            assertThat(badge.getElement().getAttribute("title")).isEqualTo(text("layout.demo-hint"));
        });
    }
}
