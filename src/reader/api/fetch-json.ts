/** Fetches JSON and runs it through a contract validator, so bad data fails with a message naming what is wrong. */
import type { ValidationResult } from '../../contract/article';

export class DataError extends Error {
  override name = 'DataError';
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export async function fetchValidated<T>(url: string, what: string, validate: (v: unknown) => ValidationResult<T>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new DataError(response.status === 404 ? `${what} was not found` : `${what} could not be loaded (HTTP ${response.status})`, response.status);
  // Static hosts with a single-page-app fallback answer a missing data file with index.html and 200.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) throw new DataError(`${what} was not found`, 404);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataError(`${what} is not valid JSON`);
  }
  const checked = validate(json);
  if (!checked.ok) throw new DataError(`${what} does not match the article contract: ${checked.errors.slice(0, 3).join('; ')}`);
  return checked.value;
}
