/** Comments on experiments and programmes. */
package nl.tweespoor.comment;
