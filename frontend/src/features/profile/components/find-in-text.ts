export type TextRange = { start: number; end: number };

function escape(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function search(text: string, needle: string): TextRange | null {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // Extraction breaks lines and doubles spaces where the CV had none: any run of white space matches any other.
  const match = new RegExp(words.map(escape).join('\\s+'), 'i').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * Where `needle` occurs in the CV text, ignoring case and differences in white space. A long needle
 * (a summary, a highlight the parser tidied up) that is not found whole is looked for by its first words.
 */
export function findInText(text: string, needle: string): TextRange | null {
  const found = search(text, needle);
  if (found) return found;
  const words = needle.trim().split(/\s+/);
  return words.length > 8 ? search(text, words.slice(0, 6).join(' ')) : null;
}
