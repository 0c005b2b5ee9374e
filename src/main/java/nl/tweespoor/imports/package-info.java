/**
 * Spreadsheets in (issue 14): experiments and programmes read from .xlsx (POI's streaming event API) or .csv (Commons
 * CSV), every row checked by the initiative service's own rules in a preview, then written in one transaction.
 */
@NullMarked
package nl.tweespoor.imports;

import org.jspecify.annotations.NullMarked;
