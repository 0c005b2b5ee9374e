/** The principles catalogue and matrix, the item checklist and the governance overview. */
@NullMarked
package nl.tweespoor.governance.ui;

import org.jspecify.annotations.NullMarked;
