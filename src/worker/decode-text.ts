// A `.txt` file's bytes to text in the browser, as the CLI's decodeSeed does on Node (src/cli/read-seed.ts).

/** Thrown for bytes that are not article text; the message follows the file's name. */
export class TextDecodeError extends Error {
  override name = 'TextDecodeError';
}

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', name: string): string {
  try {
    // TextDecoder drops the byte-order mark of the encoding it decodes.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new TextDecodeError(`is not valid ${name} text`);
  }
}

/**
 * Decodes a text file: UTF-8 (a BOM is dropped), or UTF-16 LE/BE when it starts with their byte-order mark.
 * Throws TextDecodeError for binary data (NUL bytes), UTF-32 and invalid bytes.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) throw new TextDecodeError('is UTF-32 text: save it as UTF-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le', 'UTF-16 LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be', 'UTF-16 BE');
  if (bytes.includes(0)) throw new TextDecodeError('looks binary (contains NUL bytes), not article text');
  return decode(bytes, 'utf-8', 'UTF-8');
}
