package archfixture.clean.thing.ui;

import archfixture.clean.base.ui.Frame;
import archfixture.clean.thing.ThingService;

public class ThingView extends Frame {
    public ThingView(ThingService things) {
        setText(things.price().toString());
    }
}
