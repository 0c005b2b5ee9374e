package nl.tweespoor.base;

import java.util.List;

/** A step needs fields that are still empty; carries their translation keys so the user reads what is missing. */
public class MissingFieldsException extends InvalidInputException {

    private final List<String> fieldKeys;

    public MissingFieldsException(String messageKey, List<String> fieldKeys) {
        super(messageKey, String.join(", ", fieldKeys));
        this.fieldKeys = List.copyOf(fieldKeys);
    }

    public List<String> fieldKeys() {
        return fieldKeys;
    }
}
