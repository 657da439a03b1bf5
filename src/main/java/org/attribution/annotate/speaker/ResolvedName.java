package org.attribution.annotate.speaker;

import org.attribution.SpeakerKind;

/** A speaker's canonical name, {@code null} where none is known, and its kind. */
record ResolvedName(String name, SpeakerKind kind) {}
