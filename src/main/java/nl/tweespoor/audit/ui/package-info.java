/** The audit log view. */
@NullMarked
package nl.tweespoor.audit.ui;

import org.jspecify.annotations.NullMarked;
