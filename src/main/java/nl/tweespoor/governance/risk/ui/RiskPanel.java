package nl.tweespoor.governance.risk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.tweespoor.governance.risk.ItemRisk;
import nl.tweespoor.governance.risk.RiskDraft;
import nl.tweespoor.governance.risk.RiskProfile;
import nl.tweespoor.governance.risk.RiskService;

/** The item's AI risk class with its justification, and its risk register; edit actions only for those allowed. */
@StyleSheet("styles/risk.css")
class RiskPanel extends Div {

    private final RiskService service;
    private final RiskProfile profile;

    RiskPanel(RiskService service, long initiativeId) {
        this.service = service;
        this.profile = service.profile(initiativeId);
        addClassName("status-panel");
        setId("item-risk");
        add(new H3(getTranslation("risk.section.title")));
        add(classLine());
        var justification = new Paragraph(
                profile.justification() == null ? getTranslation("risk.justification.none") : profile.justification());
        justification.addClassName("text-body");
        justification.setId("risk-justification");
        add(justification);
        add(register());
    }

    private HorizontalLayout classLine() {
        var label = new Span(getTranslation("risk.class.label"));
        label.addClassName("text-heading");
        var line = new HorizontalLayout(label, RiskBadges.riskClass(profile.riskClass(), this::getTranslation));
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        if (profile.mayEdit()) {
            var edit = new Button(
                    getTranslation("risk.class.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new RiskClassDialog(service, profile, this::refreshPage).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("risk-class-edit");
            line.add(edit);
        }
        return line;
    }

    private Div register() {
        var heading = new H4(getTranslation("risk.register.title"));
        var box = new Div(heading);
        box.setId("risk-register");
        if (profile.mayEdit()) {
            var add = new Button(
                    getTranslation("risk.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new RiskDialog(service, profile.initiativeId(), null, RiskDraft.empty(), 0, this::refreshPage)
                            .open());
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("risk-add");
            box.add(add);
        }
        if (profile.risks().isEmpty()) {
            box.add(new Paragraph(getTranslation("risk.register.empty")));
            return box;
        }
        box.add(grid());
        return box;
    }

    private Grid<ItemRisk> grid() {
        var grid = new Grid<ItemRisk>();
        grid.addColumn(ItemRisk::description)
                .setHeader(getTranslation("field.risk-description"))
                .setFlexGrow(2);
        grid.addColumn(ItemRisk::likelihood)
                .setHeader(getTranslation("risk.likelihood.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ItemRisk::impact)
                .setHeader(getTranslation("risk.impact.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::score)
                .setHeader(getTranslation("risk.score"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> none(r.mitigation()))
                .setHeader(getTranslation("field.risk-mitigation"))
                .setFlexGrow(2);
        grid.addColumn(r -> none(r.ownerName()))
                .setHeader(getTranslation("field.risk-owner"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("risk.status." + r.status().name()))
                .setHeader(getTranslation("field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (profile.mayEdit()) {
            grid.addComponentColumn(this::editButton).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setPartNameGenerator(r -> r.openHigh() ? "open-high-risk" : null);
        grid.setItems(profile.risks());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("risk.register.title"));
        grid.setId("risk-grid");
        return grid;
    }

    private Span score(ItemRisk risk) {
        var score = new Span(String.valueOf(risk.score()));
        if (!risk.openHigh()) {
            return score;
        }
        score.getStyle().set("font-weight", "700");
        var cell = new Span(score, new Span(" "), RiskBadges.openHigh(this::getTranslation));
        cell.getElement().setAttribute("aria-label", getTranslation("risk.score-open-high", risk.score()));
        return cell;
    }

    private Button editButton(ItemRisk risk) {
        var edit = new Button(
                VaadinIcon.EDIT.create(),
                e -> new RiskDialog(
                                service,
                                profile.initiativeId(),
                                risk.id(),
                                risk.draft(),
                                risk.version(),
                                this::refreshPage)
                        .open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("risk.edit", risk.description()));
        edit.setTooltipText(getTranslation("risk.edit", risk.description()));
        edit.setId("risk-edit-" + risk.id());
        return edit;
    }

    private String none(String value) {
        return value == null ? getTranslation("value.none") : value;
    }

    /**
     * A change here bumps the item's version (risk class) or its flags (register): the whole item page is rebuilt
     * so its header and its edit form hold the new state.
     */
    private void refreshPage() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
