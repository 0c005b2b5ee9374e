package nl.tweespoor.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart (open source, Apache-2.0). The option is ECharts' own JSON; a click on a bar or slice
 * reaches the server as a {@link ClickEvent} with the series id and the category key.
 */
@Tag("tweespoor-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./tweespoor-chart.js")
public class Chart extends Component {

    public Chart(String optionJson) {
        setOption(optionJson);
        // Axis numbers follow the user's language; the browser formats them.
        addAttachListener(
                e -> getElement().setAttribute("locale", e.getUI().getLocale().toLanguageTag()));
    }

    public void setOption(String optionJson) {
        getElement().setAttribute("option", optionJson);
    }

    public void setHeight(String height) {
        getElement().getStyle().set("height", height);
    }

    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    /** A click on a chart segment. */
    @DomEvent("chart-click")
    public static class ClickEvent extends ComponentEvent<Chart> {

        private final String series;
        private final String category;

        public ClickEvent(
                Chart source,
                boolean fromClient,
                @EventData("event.detail.series") String series,
                @EventData("event.detail.category") String category) {
            super(source, fromClient);
            this.series = series;
            this.category = category;
        }

        public String series() {
            return series;
        }

        public String category() {
            return category;
        }
    }
}
