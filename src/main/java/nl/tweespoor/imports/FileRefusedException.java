package nl.tweespoor.imports;

import nl.tweespoor.base.DomainException;

/** The file as a whole cannot be imported (too large, too many rows, not a spreadsheet, encrypted, damaged). */
public class FileRefusedException extends DomainException {

    public FileRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
