/** The risk section of an item's page and the risk portfolio shown on /governance. */
@NullMarked
package nl.tweespoor.governance.risk.ui;

import org.jspecify.annotations.NullMarked;
