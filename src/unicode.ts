// Characters a reader cannot see, shared by the renderers (which show them as <U+200B>) and by the
// model-name key (which ignores them): format characters (Cf) and Unicode's Default_Ignorable_Code_Point
// (zero-width spaces and joiners, bidi marks and overrides, the BOM, soft hyphens, Hangul fillers,
// variation selectors, tag characters), plus the blanks that look like a space or like nothing at all
// (no-break and other Unicode spaces, line and paragraph separators, the Braille blank).

/** One character a reader cannot tell apart from nothing or from a plain space. */
export const INVISIBLE_CLASS =
  '\\p{Cf}\\p{Default_Ignorable_Code_Point}\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\u2800';

/** A fresh global regex over INVISIBLE_CLASS (a shared /g regex would carry its lastIndex between calls). */
export const invisible = (): RegExp => new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
