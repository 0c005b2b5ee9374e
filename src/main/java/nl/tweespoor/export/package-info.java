/** Spreadsheets out: a list's columns and streamed rows written as .xlsx or .csv in the user's language. */
@NullMarked
package nl.tweespoor.export;

import org.jspecify.annotations.NullMarked;
