package nl.tweespoor.initiative.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.base.Track;
import nl.tweespoor.goal.GoalService;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.priority.PriorityService;

/** The strategic-AI track: few larger programmes tied to strategic goals. */
@Route("programmes")
@Menu(title = "menu.programmes", order = 3, icon = "vaadin:rocket")
@PermitAll
public class ProgrammesView extends InitiativeListView {

    public ProgrammesView(InitiativeService service, DepartmentService departments, GoalService goals,
            PriorityService priorities) {
        super(service, departments, goals, priorities, Track.STRATEGIC);
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
