/** Tweespoor: plans personal-AI experiments and strategic-AI programmes side by side. */
package nl.tweespoor;
