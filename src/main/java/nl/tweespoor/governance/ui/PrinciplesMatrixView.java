package nl.tweespoor.governance.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.governance.MatrixService;
import nl.tweespoor.governance.PrincipleService;

/** Every open item against every active principle as a heat map, so leaders see where the norms are not met. */
@Route("principles/matrix")
@PermitAll
public class PrinciplesMatrixView extends VerticalLayout implements HasDynamicTitle {

    public PrinciplesMatrixView(PrincipleService principles, MatrixService matrix, DepartmentService departments) {
        addClassName("list-view");
        setSizeFull();
        add(new PrinciplesNav(PrinciplesMatrixView.class), new Paragraph(getTranslation("principle.matrix-hint")));
        addAndExpand(new PrincipleMatrix(matrix, principles.active(), departments.activeDepartments()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("principle.matrix-title");
    }
}
