/** Who is signed in and what they may do: login, roles, throttling, session timeout. */
package nl.tweespoor.security;
