package nl.tweespoor.governance.ui;

import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FreshDatabaseForEachTest
class GovernanceViewTest extends BrowserlessUiTest {

    private static final String CHATBOT_HEADING = "Toepassing: Chatbot (3 afdelingen)";
    private static final List<String> CHATBOTS = List.of(
            "HR-chatbot voor verlof en regelingen",
            "Klantchatbot voor polisvragen",
            "Chatbot op de website voor offertes");

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leader_sees_the_chatbot_group_with_links_to_its_three_experiments_and_an_accept_button() {
        navigate(GovernanceView.class);

        var card = chatbotCard();
        assertThat($(H3.class, card).single().getText()).isEqualTo(CHATBOT_HEADING);
        assertThat(visibleText(card))
                .contains(
                        "HR",
                        "Klantenservice",
                        "Marketing",
                        text("fragmentation.differences"),
                        "DATA-1 Klantdata blijft in de EU",
                        "HUM-1");
        var links = $(Anchor.class, card).all();
        assertThat(links).extracting(Anchor::getText).containsExactlyElementsOf(CHATBOTS);
        assertThat(links)
                .extracting(Anchor::getHref)
                .containsExactlyElementsOf(CHATBOTS.stream()
                        .map(title -> "experiments/" + idOf(title))
                        .toList());
        assertThat($(Button.class, card).all())
                .extracting(Button::getText)
                .containsExactly(text("fragmentation.action.accept"), text("fragmentation.action.consolidate"));
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_accepts_the_chatbot_group_and_it_moves_behind_the_accepted_filter() {
        navigate(GovernanceView.class);
        test(button(chatbotCard(), "fragmentation.action.accept")).click();
        test($(TextArea.class).id("fragmentation-reason")).setValue("Drie kanalen, bewust gescheiden.");
        test($(Button.class).id("fragmentation-save")).click();

        assertThat(db.fetchCount(FRAGMENTATION_NOTE)).isEqualTo(1);
        assertThat(headings()).doesNotContain(CHATBOT_HEADING);

        test($(Checkbox.class).id("fragmentation-show-accepted")).click();
        assertThat(visibleText(chatbotCard())).contains("Drie kanalen, bewust gescheiden.", "Lotte Jansen");
    }

    @Test
    @WithUserDetails("leader")
    void accepting_without_a_reason_keeps_the_dialog_open_with_a_message() {
        navigate(GovernanceView.class);
        test(button(chatbotCard(), "fragmentation.action.accept")).click();
        test($(Button.class).id("fragmentation-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("fragmentation.reason-required"));
        assertThat($(TextArea.class).withId("fragmentation-reason").exists()).isTrue();
        assertThat(db.fetchCount(FRAGMENTATION_NOTE)).isZero();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_the_groups_but_no_buttons() {
        navigate(GovernanceView.class);

        assertThat(headings()).contains(CHATBOT_HEADING);
        assertThat($(
                                Button.class,
                                $(com.vaadin.flow.component.html.Section.class).id("fragmentation-radar"))
                        .all())
                .isEmpty();
    }

    private Article chatbotCard() {
        return $(Article.class).all().stream()
                .filter(card -> "USE:chatbot".equals(card.getElement().getAttribute("data-group-key")))
                .findFirst()
                .orElseThrow();
    }

    private List<String> headings() {
        return $(H3.class).all().stream().map(H3::getText).toList();
    }

    private Button button(Article card, String key) {
        return $(Button.class, card).all().stream()
                .filter(b -> b.getText().equals(text(key)))
                .findFirst()
                .orElseThrow();
    }

    private static String visibleText(Component component) {
        return component.getElement().getTextRecursively();
    }

    private long idOf(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }
}
