package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.base.Track;

@Route("programmes/:id(\\d+)")
@PermitAll
public class ProgrammeDetailView extends InitiativeDetailView {

    public ProgrammeDetailView(DetailServices services) {
        super(services, Track.STRATEGIC);
    }

    @Override
    protected Class<? extends Component> listView() {
        return ProgrammesView.class;
    }
}
