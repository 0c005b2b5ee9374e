package archfixture.clean.base.ui;

import com.vaadin.flow.component.html.Div;

/** The frame around every view. */
public class Frame extends Div {}
