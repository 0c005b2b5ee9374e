/** The priorities page. */
package nl.tweespoor.priority.ui;
