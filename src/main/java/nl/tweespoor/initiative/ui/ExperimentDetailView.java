package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.base.Track;
import nl.tweespoor.goal.GoalService;
import nl.tweespoor.initiative.InitiativeService;

@Route("experiments/:id(\\d+)")
@PermitAll
public class ExperimentDetailView extends InitiativeDetailView {

    public ExperimentDetailView(InitiativeService service, DepartmentService departments, GoalService goals) {
        super(service, departments, goals, Track.PERSONAL);
    }

    @Override
    protected Class<? extends Component> listView() {
        return ExperimentsView.class;
    }
}
