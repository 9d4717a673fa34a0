// The HTML route's first step: a saved page's bytes to text, in the encoding the page declares.

/** How far into a page its <meta charset> may stand (the HTML standard's prescan looks at the first 1,024 bytes). */
const CHARSET_PRESCAN_BYTES = 1024;
/** `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu;

/** A page that cannot be decoded: the message says why, for the CLI to print after the file name. */
export class PageEncodingError extends Error {
  override name = 'PageEncodingError';
}

/** The encoding a page declares in its first bytes (BOM, then <meta charset>), lower case; 'utf-8' when none. */
export function declaredEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Latin-1 maps every byte to one character, so the ASCII of the prescan reads the same in any ASCII-based encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/**
 * Decodes a saved page: UTF-8 unless its BOM or <meta charset> says otherwise; another declared encoding is decoded
 * with the runtime's TextDecoder for that label (windows-1252, iso-8859-2, shift_jis …). Throws PageEncodingError for
 * a label the runtime does not know, or for bytes that are not valid in the declared encoding.
 */
export function decodePage(bytes: Uint8Array): string {
  const label = declaredEncoding(bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new PageEncodingError(`declares the encoding "${label}", which this runtime cannot decode: save the page as UTF-8`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PageEncodingError(`is not valid ${decoder.encoding} text (the encoding it declares)`);
  }
}
