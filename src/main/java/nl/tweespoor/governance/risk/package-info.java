/** EU AI Act risk class per item, the item's risk register and the portfolio by risk class. */
@NullMarked
package nl.tweespoor.governance.risk;

import org.jspecify.annotations.NullMarked;
