package nl.tweespoor.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.base.ui.Badges.Badge;
import nl.tweespoor.base.ui.Cells;
import nl.tweespoor.governance.Principle;
import nl.tweespoor.governance.PrincipleService;

/** The one catalogue of AI principles, kept by leaders; the matrix view shows every open item against it. */
@Route("principles")
@Menu(title = "menu.principles", order = 7.5, icon = "vaadin:check-square-o")
@PermitAll
public class PrinciplesView extends VerticalLayout implements HasDynamicTitle {

    private final PrincipleService service;
    private final Grid<Principle> grid = new Grid<>();

    public PrinciplesView(PrincipleService service) {
        this.service = service;
        addClassName("list-view");
        setSizeFull();
        add(new PrinciplesNav(PrinciplesView.class));
        addAndExpand(catalogue());
    }

    private VerticalLayout catalogue() {
        var layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSizeFull();
        layout.add(new Paragraph(getTranslation("principle.hint")));
        if (service.mayEdit()) {
            var create = new Button(
                    getTranslation("principle.new"),
                    VaadinIcon.PLUS.create(),
                    e -> new PrincipleDialog(service, null, grid.getDataProvider()::refreshAll).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("principle-create");
            layout.add(create);
        }
        grid.addColumn(Principle::code)
                .setHeader(getTranslation("principle.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Principle::title)
                .setHeader(getTranslation("field.title"))
                .setFlexGrow(1);
        grid.addColumn(Cells.<Principle>badge(
                        p -> new Badge(getTranslation("category." + p.category().name()), "neutral")))
                .setHeader(getTranslation("principle.category"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Cells.<Principle>badge(p -> p.active()
                        ? new Badge(getTranslation("principle.active"), "strong")
                        : new Badge(getTranslation("principle.retired"), "stopped")))
                .setHeader(getTranslation("principle.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (service.mayEdit()) {
            grid.addColumn(Cells.<Principle>editButton(
                            p -> getTranslation("action.edit-item", p.code() + " " + p.title()),
                            p -> new PrincipleDialog(service, p, grid.getDataProvider()::refreshAll).open()))
                    .setHeader(getTranslation("action.edit"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItemDetailsRenderer(new ComponentRenderer<>(p -> new Paragraph(p.explanation())));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(query -> service.page(query.getOffset(), query.getLimit()).stream(), query -> service.count());
        grid.setAriaLabel(getTranslation("principle.catalogue"));
        grid.setId("principles-grid");
        grid.setSizeFull();
        layout.addAndExpand(grid);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.principles");
    }
}
