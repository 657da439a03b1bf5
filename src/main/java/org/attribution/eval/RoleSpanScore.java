package org.attribution.eval;

/**
 * Exact-span scores of one role ({@code source}, {@code cue} or {@code content}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the role name
 * @param scores precision, recall and F1 of exact trimmed spans
 * @param gold distinct required gold spans
 * @param predicted distinct predicted spans that count
 */
public record RoleSpanScore(String role, PrecisionRecall scores, int gold, int predicted) {}
