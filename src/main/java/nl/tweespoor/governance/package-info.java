/**
 * Governance: the principles catalogue, per-item assessments, the gate on stage moves, AI risk classes
 * ({@code risk}) and the fragmentation radar ({@code fragmentation}).
 */
@NullMarked
package nl.tweespoor.governance;

import org.jspecify.annotations.NullMarked;
