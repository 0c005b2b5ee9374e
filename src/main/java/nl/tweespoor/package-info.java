/** Tweespoor: plans personal-AI experiments and strategic-AI programmes side by side. */
@NullMarked
package nl.tweespoor;

import org.jspecify.annotations.NullMarked;
