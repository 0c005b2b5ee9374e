package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import nl.tweespoor.governance.MatrixFilter;
import nl.tweespoor.governance.MatrixService;
import nl.tweespoor.governance.fragmentation.FragmentationService;

/** Whether every initiative lives by the same principles, and where departments build the same thing twice. */
class GovernanceCard extends Div {

    GovernanceCard(FragmentationService fragmentation, MatrixService principles) {
        addClassName("card");
        setId("card-governance");
        var fragmentationCounts = fragmentation.summary();
        var list = new UnorderedList();
        list.addClassName("stage-counts");
        list.add(DashboardView.countLine(
                getTranslation("dashboard.governance-open-points"),
                principles.count(new MatrixFilter(null, null, true)),
                "principles/matrix"));
        list.add(DashboardView.countLine(
                getTranslation("dashboard.governance-groups"), fragmentationCounts.open(), "governance"));
        list.add(DashboardView.countLine(
                getTranslation("dashboard.governance-differing"), fragmentationCounts.differing(), "governance"));
        add(new H2(getTranslation("dashboard.governance")), list);
    }
}
