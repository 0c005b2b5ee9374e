/** The fragmentation radar on the governance page, and the dialog leaders use to accept or note a group. */
@NullMarked
package nl.tweespoor.governance.fragmentation.ui;

import org.jspecify.annotations.NullMarked;
