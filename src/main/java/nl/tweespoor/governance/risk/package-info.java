/** EU AI Act risk class per item, the item's risk register and the portfolio by risk class. */
package nl.tweespoor.governance.risk;
