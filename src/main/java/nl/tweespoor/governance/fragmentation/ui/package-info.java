/** The fragmentation radar on the governance page, and the dialog leaders use to accept or note a group. */
package nl.tweespoor.governance.fragmentation.ui;
