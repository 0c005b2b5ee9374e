package nl.tweespoor.status.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Cells;
import nl.tweespoor.status.MyItem;
import nl.tweespoor.status.StatusService;

/** What a programme manager owns and what is due: longest without an update first, with flags. */
@Route("my-items")
@Menu(title = "menu.my-items", order = 0.5, icon = "vaadin:clipboard-check")
@RolesAllowed({"LEADER", "PROGRAMME_MANAGER"})
public class MyItemsView extends VerticalLayout implements HasDynamicTitle {

    public MyItemsView(StatusService service) {
        addClassName("list-view");
        var grid = new Grid<MyItem>();
        grid.addColumn(Cells.<MyItem>link(item -> item.track().itemPath(item.id()), MyItem::title))
                .setHeader(getTranslation("field.title"))
                .setFlexGrow(1);
        grid.addColumn(item -> getTranslation("stage." + item.stage()))
                .setHeader(getTranslation("field.stage"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.lastUpdate() == null
                        ? getTranslation("status.never")
                        : Formats.date(item.lastUpdate(), getLocale()))
                .setHeader(getTranslation("status.last-update"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SignalBadges.renderer(MyItem::signals, this::getTranslation))
                .setHeader(getTranslation("field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Cells.<MyItem>smallButton(
                        getTranslation("status.post"), item -> "post-" + item.id(), item -> openPost(service, item)))
                .setHeader(getTranslation("status.heading"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q -> service.myItems(q.getOffset(), q.getLimit()).stream(), q -> service.countMyItems());
        grid.setHeight("32rem");
        grid.setAriaLabel(getTranslation("menu.my-items"));
        grid.setId("my-items");
        add(new Paragraph(getTranslation("status.my-items-intro")), grid);
    }

    /** Posting right from the list: the same form and timeline as on the item page. */
    private void openPost(StatusService service, MyItem item) {
        var dialog = new Dialog(item.title());
        dialog.setWidth("min(56rem, 96vw)");
        dialog.add(new StatusPanel(service, item.id(), item.ownerId(), () -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.getPage().reload());
        }));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my-items");
    }
}
