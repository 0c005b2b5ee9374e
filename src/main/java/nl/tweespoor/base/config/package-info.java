/** Infrastructure wiring: the embedded PostgreSQL default, jOOQ settings, error handling. */
@NullMarked
package nl.tweespoor.base.config;

import org.jspecify.annotations.NullMarked;
