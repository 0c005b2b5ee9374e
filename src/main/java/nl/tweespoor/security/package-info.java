/** Who is signed in and what they may do: login, roles, throttling, session timeout. */
@NullMarked
package nl.tweespoor.security;

import org.jspecify.annotations.NullMarked;
