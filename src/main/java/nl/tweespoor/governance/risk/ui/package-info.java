/** The risk section of an item's page and the risk portfolio shown on /governance. */
package nl.tweespoor.governance.risk.ui;
