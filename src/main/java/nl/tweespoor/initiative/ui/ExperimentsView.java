package nl.tweespoor.initiative.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.search.SearchService;
import nl.tweespoor.status.FlagService;

/** The personal-AI track: many light experiments. */
@Route("experiments")
@Menu(title = "menu.experiments", order = 2, icon = "vaadin:flask")
@PermitAll
public class ExperimentsView extends InitiativeListView {

    public ExperimentsView(
            InitiativeService service, DepartmentService departments, FlagService flags, SearchService search) {
        super(service, departments, flags, search, Track.PERSONAL);
    }

    @Override
    protected String detailRoute() {
        return "experiments";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.experiments");
    }
}
