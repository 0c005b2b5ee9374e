/** Views of experiments and programmes: lists, detail pages and the proposal/edit form. */
package nl.tweespoor.initiative.ui;
