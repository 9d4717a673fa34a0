/**
 * Reads one block or heading and finds what its capitalised phrases name: countries (names, codes, demonyms),
 * places, organisations and people (with the title the text gives them). Capitalised words it cannot place are
 * kept as `loose` for group-entities to match against the people found anywhere in the article. Each decision is a
 * small named rule in mention-rules/, tried in the order MENTION_RULES lists.
 */
import { CAPITALISED_RUN_JOINERS } from '../language';
import { bracketedGivenName } from './mention-rules/bracketed-given-name';
import { country } from './mention-rules/country';
import { creditPhotographer } from './mention-rules/credit-photographer';
import { dateline } from './mention-rules/dateline';
import { geographicFeature } from './mention-rules/geographic-feature';
import { joiningWord } from './mention-rules/joining-word';
import { knownOrganization } from './mention-rules/known-organization';
import { longPlace } from './mention-rules/long-place';
import { loose } from './mention-rules/loose';
import { mentionContext, type Found, type Loose, type MentionContext, type MentionRule, type Position, type RuleMatch, type Target } from './mention-rules/mention-rule';
import { openingWord } from './mention-rules/opening-word';
import { organization } from './mention-rules/organization';
import { organizationAfterThe } from './mention-rules/organization-after-the';
import { organizationOpenedByDemonym } from './mention-rules/organization-opened-by-demonym';
import { person } from './mention-rules/person';
import { place } from './mention-rules/place';
import { placeByContext } from './mention-rules/place-by-context';
import { region } from './mention-rules/region';
import { roleWord } from './mention-rules/role-word';
import { titleWord } from './mention-rules/title-word';
import { continuesNameWord, isParticlePairBeforeName, joinsPrevious } from './token-rules';
import type { Token } from './tokenize-text';

export type { Found, Loose, Target } from './mention-rules/mention-rule';

/**
 * The rules, in the order they are tried at each word of a capitalised run; the first that matches decides what the
 * words there name and where the walk goes on. Why each sits where it does:
 */
export const MENTION_RULES: readonly MentionRule[] = [
  dateline, // a paragraph's first run only, before anything reads its capitals as names: the filing place, whole
  openingWord, // only while the run has opened with such words; before the rest, which would read "However" as a name
  joiningWord, // a lower-case "of"/"and" inside a run names nothing; every later rule may assume a capitalised word
  creditPhotographer, // beside a credit's slash a name is the photographer's, whatever organisation or place it resembles
  organizationAfterThe, // "The" must be stepped over before the organisation rule, or it would open the name
  organization, // an organisation's head claims its words before a country, place or name could take the first of them
  geographicFeature, // "Indian Ocean": before the country rule, which would take "Indian" alone
  organizationOpenedByDemonym, // "Chinese Foreign Ministry": before the country rule, which would take "Chinese" alone
  country, // a country before any place or name reading ("Georgia", "Jordan"), unless it is a given name ("Chad Wolf")
  region, // "Clark County": before the name reading, which would take "Clark" as a given name
  longPlace, // "New York", "Da Nang": places of several words before the name reading, which would pair them
  titleWord, // a title is no name; stepped over so that the person rule reads it back as the title of the next word
  roleWord, // "Defenseman Jonas Brodin": an unknown agent noun before a given name and surname, stepped over too
  bracketedGivenName, // "[Nicolas] Maduro": the bracketed word goes with the name after it, so the person rule starts there
  person, // a vouched-for name; before the one-word place, so that a name's first word is not taken as a city
  place, // a one-word known place, once no name claimed it ("Florence" alone, not "Florence Pugh")
  knownOrganization, // a one-word organisation the lexicon knows, once it is neither name nor place
  placeByContext, // an unknown word that "the city of" or "Ukraine's … region" places, once nothing knows it
  loose, // last, always matches: what is left may still be a known person's name
];

/** Splits a target into runs of capitalised words (with "of", "and" and hyphens inside), each [start, end) over tokens. */
function capitalisedRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.capitalised) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (tokens[j - 1]!.possessive || !(joinsPrevious(tokens, j) || t.gap === '-')) break;
      if (t.capitalised || continuesNameWord(tokens, j)) j++;
      else if (CAPITALISED_RUN_JOINERS.test(t.text) && tokens[j + 1]?.capitalised && (joinsPrevious(tokens, j + 1) || tokens[j + 1]!.gap === '-')) j += 2;
      // Two particles of a name in a row: "Ursula von der Leyen", "Mark van den Bosch".
      else if (isParticlePairBeforeName(tokens, j)) j += 3;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** The first rule that matches at `at`, and its decision. */
export function decideMention(ctx: MentionContext, at: Position): { rule: string; match: RuleMatch } {
  for (const rule of MENTION_RULES) {
    const match = rule.match(ctx, at);
    if (match) return { rule: rule.name, match };
  }
  throw new Error('no mention rule matched: the last rule, loose, matches every word');
}

/** Walks each capitalised run of a target word by word; `visit` hears every decision, with the rule that made it. */
export function walkMentions(target: Target, visit: (rule: string, at: Position, match: RuleMatch) => void): void {
  const ctx = mentionContext(target);
  // A name may run on past its run ("Committee on Foreign Affairs"): the words it took are not walked again.
  let taken = 0;
  for (const [runStart, runEnd] of capitalisedRuns(ctx.tokens)) {
    let at: Position = { i: Math.max(runStart, taken), runEnd, opening: runStart >= taken };
    while (at.i < runEnd) {
      const { rule, match } = decideMention(ctx, at);
      visit(rule, at, match);
      at = { i: match.next, runEnd, opening: match.opening === true };
    }
    taken = Math.max(taken, at.i);
  }
}

/** Finds every mention in one target, and the capitalised words no rule could place. */
export function findMentions(target: Target): { found: Found[]; loose: Loose[] } {
  const found: Found[] = [];
  const looseWords: Loose[] = [];
  walkMentions(target, (_rule, _at, match) => {
    // One by one: a block may hold 125,000 mentions (see 05-find-entities).
    if (match.found) for (const f of match.found) found.push(f);
    if (match.loose) for (const l of match.loose) looseWords.push(l);
  });
  return { found, loose: looseWords };
}
