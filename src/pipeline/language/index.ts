/**
 * The language the pipeline reads, in one place: every stage imports its word knowledge from here, never from a
 * language folder directly, so another language plugs in by exporting the same names (`LanguagePack`).
 */
import type * as English from './en/index';

export * from './en/index';

/** What a language pack provides: the English pack's exports are the reference. */
export type LanguagePack = typeof English;
