package nl.tweespoor.governance.fragmentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.governance.fragmentation.ToolAlias;
import nl.tweespoor.governance.fragmentation.ToolAliasService;

/**
 * Below the radar: the aliases of tools and vendors that the radar counts as one tool ("Copilot" is "Microsoft 365
 * Copilot"). Everyone reads the list, a page at a time from the database; leaders add and remove aliases, and the
 * radar shows the regrouped tools at once.
 */
public class ToolAliasPanel extends Section {

    private final ToolAliasService service;
    private final Runnable afterChange;
    private final Grid<ToolAlias> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    public ToolAliasPanel(ToolAliasService service, Runnable afterChange) {
        this.service = service;
        this.afterChange = afterChange;
        setId("tool-aliases");
        setWidthFull();
        var heading = new H2(getTranslation("fragmentation.aliases.heading"));
        heading.setId("tool-aliases-title");
        getElement().setAttribute("aria-labelledby", "tool-aliases-title");
        add(heading, new Paragraph(getTranslation("fragmentation.aliases.intro")));
        boolean mayManage = service.mayManage();
        if (mayManage) {
            add(addForm());
        }
        count.addClassName("result-count");
        count.setId("tool-aliases-count");
        configureGrid(mayManage);
        add(count, grid);
        refresh();
    }

    private HorizontalLayout addForm() {
        var alias = new TextField(getTranslation("fragmentation.field.alias"));
        alias.setId("tool-alias-alias");
        alias.setMaxLength(ToolAliasService.MAX_NAME);
        alias.setPlaceholder("Copilot");
        var canonical = new TextField(getTranslation("fragmentation.field.canonical"));
        canonical.setId("tool-alias-canonical");
        canonical.setMaxLength(ToolAliasService.MAX_NAME);
        canonical.setPlaceholder("Microsoft 365 Copilot");
        var add = new Button(getTranslation("fragmentation.aliases.add"), VaadinIcon.PLUS.create());
        add.setId("tool-alias-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            var added = getTranslation("fragmentation.aliases.added", alias.getValue(), canonical.getValue());
            if (Actions.attempt(() -> service.add(alias.getValue(), canonical.getValue()), added)) {
                alias.clear();
                canonical.clear();
                changed();
            }
        });
        var form = new HorizontalLayout(alias, canonical, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void configureGrid(boolean mayManage) {
        grid.setId("tool-aliases-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("12rem");
        grid.addColumn(ToolAlias::alias).setHeader(getTranslation("fragmentation.field.alias"));
        grid.addColumn(ToolAlias::canonical).setHeader(getTranslation("fragmentation.field.canonical"));
        grid.addColumn(ToolAlias::createdBy).setHeader(getTranslation("fragmentation.field.alias-by"));
        if (mayManage) {
            grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(q -> service.aliases(q.getOffset(), q.getLimit()).stream(), q -> service.count());
    }

    private Button removeButton(ToolAlias alias) {
        var remove = new Button(getTranslation("fragmentation.aliases.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("fragmentation.aliases.remove-label", alias.alias()));
        remove.addClickListener(e -> Actions.attemptAndRefresh(
                () -> service.remove(alias.id(), alias.version()),
                getTranslation("fragmentation.aliases.removed"),
                this::changed));
        return remove;
    }

    /** The list again, and the radar: its tool groups follow the aliases. */
    private void changed() {
        refresh();
        afterChange.run();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("fragmentation.aliases.count", service.count()));
    }
}
