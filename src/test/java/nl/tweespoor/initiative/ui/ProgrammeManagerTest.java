package nl.tweespoor.initiative.ui;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** PRODUCT.md §2: a programme has a programme manager (its owner) and, apart from that, a sponsor. */
class ProgrammeManagerTest extends BrowserlessUiTest {

    private static final String PROGRAMME = "Slimme routering van klantvragen";

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_programme_page_shows_its_owner_as_programme_manager_beside_the_sponsor() {
        var programme =
                db.selectFrom(INITIATIVE).where(INITIATIVE.TITLE.eq(PROGRAMME)).fetchSingle();
        navigate("programmes/" + programme.getId(), ProgrammeDetailView.class);

        var facts = facts();
        assertThat(facts).containsEntry(text("field.programme-manager"), ownerName(programme.getOwnerId()));
        assertThat(facts).containsKey(text("field.sponsor"));
        assertThat(facts).doesNotContainKey(text("field.owner"));
    }

    @Test
    @WithUserDetails("leader")
    void an_experiment_page_keeps_calling_it_the_owner() {
        var experiment = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .limit(1)
                .fetchSingle();
        navigate("experiments/" + experiment.getId(), ExperimentDetailView.class);

        assertThat(facts()).containsEntry(text("field.owner"), ownerName(experiment.getOwnerId()));
        assertThat(facts()).doesNotContainKey(text("field.programme-manager"));
    }

    @Test
    @WithUserDetails("leader")
    void the_programme_form_shows_the_programme_manager_read_only_and_the_sponsor_as_its_own_field() {
        var programme =
                db.selectFrom(INITIATIVE).where(INITIATIVE.TITLE.eq(PROGRAMME)).fetchSingle();
        navigate("programmes/" + programme.getId(), ProgrammeDetailView.class);
        test($(Button.class).id("edit-item")).click();

        var manager = $(TextField.class).id("programme-manager");
        assertThat(manager.getLabel()).isEqualTo(text("field.programme-manager"));
        assertThat(manager.getValue()).isEqualTo(ownerName(programme.getOwnerId()));
        assertThat(manager.isReadOnly()).isTrue();
        var sponsor = $(TextField.class).id("initiative-sponsor");
        assertThat(sponsor.getValue()).isEqualTo(programme.getSponsor() == null ? "" : programme.getSponsor());
    }

    @Test
    @WithUserDetails("manager")
    void a_new_programme_names_its_proposer_as_programme_manager() {
        navigate(ProgrammesView.class);
        test($(Button.class).id("create-item")).click();

        assertThat($(TextField.class).id("programme-manager").getValue()).isEqualTo(text("programme.manager-proposer"));
    }

    private Map<String, String> facts() {
        var list = $(DescriptionList.class).withClassName("facts").single();
        var terms = list.getChildren()
                .filter(DescriptionList.Term.class::isInstance)
                .map(c -> c.getElement().getText())
                .toList();
        var descriptions = list.getChildren()
                .filter(DescriptionList.Description.class::isInstance)
                .map(c -> c.getElement().getText())
                .toList();
        var facts = new LinkedHashMap<String, String>();
        for (int i = 0; i < terms.size(); i++) {
            facts.put(terms.get(i), descriptions.get(i));
        }
        return facts;
    }

    private String ownerName(long ownerId) {
        return db.select(APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.ID.eq(ownerId))
                .fetchSingle(APP_USER.DISPLAY_NAME);
    }
}
