package nl.tweespoor.adoption.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.adoption.AdoptionService;
import nl.tweespoor.adoption.AdoptionSignal;

/** How the personal-AI track lands per department: participation, experiments and shared learnings. */
@Route("adoption")
@Menu(title = "menu.adoption", order = 2.5, icon = "vaadin:users")
@PermitAll
public class AdoptionView extends VerticalLayout implements HasDynamicTitle {

    public AdoptionView(AdoptionService service) {
        addClassName("list-view");
        var signals = service.perDepartment();
        var grid = new Grid<AdoptionSignal>();
        grid.addColumn(AdoptionSignal::department)
                .setHeader(getTranslation("field.department"))
                .setFlexGrow(1);
        grid.addColumn(AdoptionSignal::participants)
                .setHeader(getTranslation("adoption.participants"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(AdoptionSignal::experimentsRan)
                .setHeader(getTranslation("adoption.ran"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(AdoptionSignal::experimentsConcluded)
                .setHeader(getTranslation("adoption.concluded"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(AdoptionSignal::learningsShared)
                .setHeader(getTranslation("adoption.learnings"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        // One row per department: a short, bounded list.
        grid.setItems(signals);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("menu.adoption"));
        grid.setId("adoption-grid");
        add(new Paragraph(getTranslation("adoption.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.adoption");
    }
}
