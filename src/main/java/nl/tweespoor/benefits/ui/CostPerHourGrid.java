package nl.tweespoor.benefits.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.stream.Stream;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Cells;
import nl.tweespoor.benefits.BenefitsService;
import nl.tweespoor.benefits.ItemBenefit;
import org.jspecify.annotations.Nullable;

/** Each counted experiment with its hours saved and cost per hour saved; sortable, a page at a time. */
class CostPerHourGrid extends Grid<ItemBenefit> {

    private final BenefitsService benefits;

    CostPerHourGrid(BenefitsService benefits) {
        this.benefits = benefits;
        setId("benefits-experiments");
        setAriaLabel(getTranslation("benefits.per-experiment"));
        setHeight("24rem");
        addColumn(Cells.<ItemBenefit>link(item -> Track.PERSONAL.itemPath(item.id()), ItemBenefit::title))
                .setHeader(getTranslation("field.title"))
                .setSortProperty("title")
                .setFlexGrow(1);
        addColumn(ItemBenefit::department)
                .setHeader(getTranslation("field.department"))
                .setSortProperty("department")
                .setAutoWidth(true);
        end(addColumn(ItemBenefit::participants), "benefits.participants", "participants");
        end(
                addColumn(i -> i.hoursPerParticipantWeek() == null
                        ? getTranslation("value.none")
                        : Formats.number(i.hoursPerParticipantWeek(), getLocale())),
                "benefits.hours-per-participant",
                null);
        end(addColumn(i -> Formats.number(i.hoursPerYear(), getLocale())), "benefits.hours-per-year", "hoursPerYear");
        end(
                addColumn(i -> i.cost() == null ? getTranslation("value.none") : Formats.euros(i.cost(), getLocale())),
                "benefits.cost",
                "cost");
        end(addColumn(this::costPerHour), "benefits.cost-per-hour", "costPerHour");
        setItems(this::fetch, query -> benefits.experimentCount());
    }

    private String costPerHour(ItemBenefit item) {
        var costPerHour = item.costPerHour();
        if (costPerHour != null) {
            return Formats.euros(costPerHour, getLocale());
        }
        return item.hoursPerYear().signum() == 0 ? getTranslation("benefits.no-hours") : getTranslation("value.none");
    }

    private Stream<ItemBenefit> fetch(Query<ItemBenefit, Void> query) {
        var sort = query.getSortOrders().stream()
                .map(order ->
                        new PageRequest.SortOrder(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                .toList();
        return benefits.experiments(new PageRequest(query.getOffset(), query.getLimit(), sort)).stream();
    }

    private void end(Column<ItemBenefit> column, String headerKey, @Nullable String sort) {
        column.setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        if (sort != null) {
            column.setSortProperty(sort).setKey(sort);
        }
    }
}
