/**
 * Terminal columns of text. Hangul and CJK take two columns, so padding and
 * wrapping by `.length` leaves Korean tables ragged and Korean lines too long.
 */

// ESC [ … m colour codes take no column.
const ANSI_SGR = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*m`, 'g');

function columnsOf(codePoint: number): number {
  // Combining marks and Hangul medial/final jamo join the character before them.
  if ((codePoint >= 0x0300 && codePoint <= 0x036f) || (codePoint >= 0x1160 && codePoint <= 0x11ff) || codePoint === 0x200b) return 0;
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** How many terminal columns `text` takes (colour codes ignored). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI_SGR, '')) width += columnsOf(char.codePointAt(0) ?? 0);
  return width;
}

/** `text` padded with spaces to `width` columns (never cut). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * `text` broken at spaces into lines of at most `width` columns counting the
 * indent: the first line prefixed with `indent`, the others with
 * `continuation` (the same by default). A word longer than a line keeps its
 * own line. Korean breaks between words (어절) like English, so spaces are enough.
 */
export function wrapToWidth(text: string, width: number, indent: string, continuation = indent): string {
  const lines: string[] = [];
  let line = '';
  const room = () => width - displayWidth(lines.length === 0 ? indent : continuation);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && displayWidth(line) + 1 + displayWidth(word) > room()) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l, index) => `${index === 0 ? indent : continuation}${l}`).join('\n');
}
