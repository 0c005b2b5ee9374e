package nl.tweespoor.initiative.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.search.SearchService;
import nl.tweespoor.status.FlagService;

/** The strategic-AI track: few larger programmes tied to strategic goals. */
@Route("programmes")
@Menu(title = "menu.programmes", order = 3, icon = "vaadin:rocket")
@PermitAll
public class ProgrammesView extends InitiativeListView {

    public ProgrammesView(
            InitiativeService service, DepartmentService departments, FlagService flags, SearchService search) {
        super(service, departments, flags, search, Track.STRATEGIC);
    }

    @Override
    protected String detailRoute() {
        return "programmes";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.programmes");
    }
}
