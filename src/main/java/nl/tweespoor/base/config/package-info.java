/** Infrastructure wiring: the embedded PostgreSQL default, jOOQ settings, error handling. */
package nl.tweespoor.base.config;
