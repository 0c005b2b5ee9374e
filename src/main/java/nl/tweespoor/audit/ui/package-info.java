/** The audit log view. */
package nl.tweespoor.audit.ui;
