package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.function.LongConsumer;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.InitiativeDetails;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.initiative.Layer;
import nl.tweespoor.search.ui.SimilarDraftPanel;
import org.jspecify.annotations.Nullable;

/**
 * Proposes a new item or edits one. A proposal needs only a title and a department; the rest can follow later. The
 * fields are an {@link InitiativeForm}; saving, and what happens when someone else saved first, is an
 * {@link InitiativeSaveFlow}.
 */
class InitiativeFormDialog extends Dialog {

    private final Track track;
    private final Binder<InitiativeFormBean> binder = new Binder<>();
    private final List<Option> departments;
    private final InitiativeForm form;
    private @Nullable Long itemId;
    private int version;

    InitiativeFormDialog(InitiativeService service, Track track, List<Option> departments, LongConsumer onSaved) {
        this.track = track;
        this.departments = departments;
        setWidth("min(56rem, 96vw)");
        setCloseOnOutsideClick(false);
        setDraggable(true);
        form = new InitiativeForm(binder, track, departments, service);
        form.addClassName("initiative-form");
        add(form);
        var saveFlow = new InitiativeSaveFlow(service, track, binder, this, onSaved);
        var save = new Button(getTranslation("action.save"), e -> saveFlow.save(itemId, version));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("initiative-save");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /**
     * Opens the empty form for a proposal, with {@code similar} beside it (under it on a narrow screen): existing items
     * like the one being typed, so people see who already runs it before they save their own.
     */
    void openForNew(SimilarDraftPanel similar) {
        itemId = null;
        setWidth("min(80rem, 96vw)");
        removeAll();
        var beside = new Div(form, similar);
        beside.addClassName("form-beside-similar");
        add(beside);
        form.whenDraftChanges(similar::update);
        setHeaderTitle(getTranslation(track == Track.PERSONAL ? "experiment.new" : "programme.new"));
        var bean = new InitiativeFormBean();
        bean.layer = track == Track.PERSONAL ? Layer.PERSONAL_PRODUCTIVITY : Layer.OPERATIONAL;
        binder.readBean(bean);
        form.showProgrammeManager(getTranslation("programme.manager-proposer"));
        open();
    }

    void openForEdit(InitiativeDetails item) {
        itemId = item.id();
        version = item.version();
        setHeaderTitle(getTranslation("action.edit-item", item.title()));
        binder.readBean(InitiativeFormBean.from(
                item.draft(),
                find(departments, item.draft().departmentId()),
                item.goal(),
                item.journey(),
                item.exploresProgramme()));
        form.showProgrammeManager(item.ownerName());
        open();
    }

    private static @Nullable Option find(List<Option> options, @Nullable Long id) {
        return id == null
                ? null
                : options.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }
}
