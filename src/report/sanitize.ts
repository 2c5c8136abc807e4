// Titles, reasons and URLs come from web pages we do not control. Printed raw, an escape sequence in
// a <title> could retitle the terminal window (OSC 0), clear the screen (CSI 2J), plant a hidden
// hyperlink (OSC 8) or reorder what the reader sees (bidi overrides, "Trojan Source"). Every
// reporter that can reach a terminal or a CI log passes page-borne text through here.

// ESC-introduced and 8-bit (C1) control strings. The string types (OSC, DCS, SOS, PM, APC) run to
// their terminator: BEL (OSC only, xterm), ST (ESC \ or 0x9C), or the end of the text when a page
// never closes them — dropping the rest is safer than letting the terminal swallow it.
const STRING_SEQUENCE = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g;
// CSI: ESC [ or 0x9B, parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte.
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g;
// Any other escape: ESC, optional intermediates (nF), one final byte (ESC c resets the terminal).
const OTHER_ESCAPE = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// What remains of C0 (but \t and \n), DEL and C1, and the bidi embedding/override/isolate marks.
const LONE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Strips whole terminal control sequences (their payload too), leaving lone characters alone. */
export function stripSequences(text: string): string {
  return text.replace(STRING_SEQUENCE, '').replace(CSI_SEQUENCE, '').replace(OTHER_ESCAPE, '');
}

/** Strips terminal control sequences and bidi overrides; keeps \n and \t for layout. */
export function sanitizeForTerminal(text: string): string {
  return stripSequences(text).replace(LONE_CONTROLS, '');
}

/** Sanitized and folded to one line: for table cells, one-line reports and CI annotations. */
export function oneLine(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}
