/** The principles catalogue and matrix, the item checklist and the governance overview. */
package nl.tweespoor.governance.ui;
