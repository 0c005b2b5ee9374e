package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.validator.BigDecimalRangeValidator;
import java.math.BigDecimal;

/** The kinds of field the item form repeats, labelled through {@code texts} (the form they go in). */
final class FormFields {

    private FormFields() {}

    static TextArea textArea(Component texts, String labelKey, int maxLength) {
        var area = new TextArea(texts.getTranslation(labelKey));
        area.setMaxLength(maxLength);
        area.setMinRows(2);
        return area;
    }

    static ComboBox<String> quarterField(Component texts, String labelKey) {
        var field = new ComboBox<String>(texts.getTranslation(labelKey));
        field.setItems(Quarters.choices());
        field.setClearButtonVisible(true);
        return field;
    }

    static BigDecimalField euroField(Component texts, String labelKey) {
        var field = new BigDecimalField(texts.getTranslation(labelKey));
        field.setPrefixComponent(new Span("€"));
        return field;
    }

    static BigDecimalRangeValidator nonNegative(Component texts, String fieldKey) {
        return new BigDecimalRangeValidator(
                texts.getTranslation("validation.not-negative", texts.getTranslation(fieldKey)), BigDecimal.ZERO, null);
    }

    static BigDecimalRangeValidator range(Component texts, String fieldKey, int min, int max) {
        return new BigDecimalRangeValidator(
                texts.getTranslation("validation.between", texts.getTranslation(fieldKey), min, max),
                BigDecimal.valueOf(min),
                BigDecimal.valueOf(max));
    }
}
