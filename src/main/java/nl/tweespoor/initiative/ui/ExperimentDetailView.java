package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.base.Track;

@Route("experiments/:id(\\d+)")
@PermitAll
public class ExperimentDetailView extends InitiativeDetailView {

    public ExperimentDetailView(DetailServices services) {
        super(services, Track.PERSONAL);
    }

    @Override
    protected Class<? extends Component> listView() {
        return ExperimentsView.class;
    }
}
