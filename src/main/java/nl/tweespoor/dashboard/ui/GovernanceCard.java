package nl.tweespoor.dashboard.ui;

import nl.tweespoor.governance.MatrixFilter;
import nl.tweespoor.governance.MatrixService;
import nl.tweespoor.governance.fragmentation.FragmentationService;

/** Whether every initiative lives by the same principles, and where departments build the same thing twice. */
class GovernanceCard extends Card {

    GovernanceCard(FragmentationService fragmentation, MatrixService principles) {
        super("dashboard.governance", "card-governance");
        var fragmentationCounts = fragmentation.summary();
        var list = countList();
        list.add(countLine(
                getTranslation("dashboard.governance-open-points"),
                principles.count(new MatrixFilter(null, null, true)),
                "principles/matrix"));
        list.add(countLine(getTranslation("dashboard.governance-groups"), fragmentationCounts.open(), "governance"));
        list.add(countLine(
                getTranslation("dashboard.governance-differing"), fragmentationCounts.differing(), "governance"));
        add(list);
    }
}
