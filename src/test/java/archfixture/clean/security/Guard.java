package archfixture.clean.security;

import com.vaadin.flow.component.UI;

/** Security may use Vaadin (its login set-up does). */
public class Guard {
    public boolean attached(UI ui) {
        return ui != null;
    }
}
