/** The "Excel" and "CSV" download links the list views share. */
@NullMarked
package nl.tweespoor.export.ui;

import org.jspecify.annotations.NullMarked;
