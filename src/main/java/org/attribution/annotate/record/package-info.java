/**
 * The last stages: page furniture kept out of the attributions, and the {@link
 * org.attribution.Attribution} records made from completed candidates, one assembler per profile
 * family.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.record;
