/** Views of experiments and programmes: lists, detail pages and the proposal/edit form. */
@NullMarked
package nl.tweespoor.initiative.ui;

import org.jspecify.annotations.NullMarked;
