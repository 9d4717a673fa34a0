/**
 * Names in a list with people: "Tova Noel and Michael Thomas", "Robert De Niro, Al Pacino, and Joe Pesci". A run
 * of two or three unknown capitalised words that a comma or "and" joins to a person found in the same block is a
 * person too, though no lexicon knows its given name; the list passes this on from item to item.
 */
import { INVERTING_VERBS, isCommonWord, isCommonWordOrInflection, isFirstName, isHonorific, isLastName, isNeverName, isNeverSurname, isWordGivenName, isNameIntroducingSpeechVerb, isOrganizationHead, isPlaceHead, isTitle, PERSON_CONNECTORS, COUNTRY_FORMS } from '../language';
import type { Found, Loose } from './find-mentions';
import { continuesNameWord, hyphenJoined } from './token-rules';
import type { Token } from './tokenize-text';
import { isPlaceName } from './place-rules';

/**
 * What may stand between two items of a list of names: a comma, "and", "or", "&", or a comma and one of them, after
 * where the first is from ("Jane Roe of Ohio and John Doe of Texas").
 */
const LIST_JOINT = /^(?:\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)?(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)$/u;

/** Longest joint tested: a comma and "and" after two words of where someone is from; keeps each test short. */
const MAX_JOINT = 40;

/** Whether a loose run reads as a name by its words alone: two or three capitalised words no list calls anything else. */
export function looksLikeName(run: Loose): boolean {
  const words = run.tokens.filter((_, k) => !(k > 0 && continuesNameWord(run.tokens, k)));
  if (words.length < 2 || words.length > 3) return false;
  return words.every(
    (t, k) =>
      t.capitalised &&
      !t.allCaps &&
      !isTitle(t.text) &&
      !isOrganizationHead(t.text) &&
      !isPlaceHead(t.text) &&
      !COUNTRY_FORMS.has(t.text.toLowerCase()) &&
      !(k > 0 && isPlaceName(t.text)) &&
      (!isCommonWord(t.text) || isFirstName(t.text) || (k === 0 && PERSON_CONNECTORS.has(t.text.toLowerCase()))),
  );
}

/** A run as a person found: its words, a hyphenated word kept whole. */
function asPerson(run: Loose, text: string): Found {
  const first = run.tokens[0]!;
  const last = run.tokens.at(-1)!;
  const name = text.slice(first.start, last.end);
  const nameWords = hyphenJoined(run.tokens);
  return { type: 'person', block: run.block, start: first.start, end: last.end, text: name, key: name, country: null, nameWords, description: null, inCredit: false };
}

/**
 * Moves the loose runs of one block that a list joins to a person into `found` as people; returns the runs left
 * loose. `text` is the block's text, which the offsets point into.
 */
export function promoteCoordinatedNames(text: string, found: Found[], loose: Loose[]): Loose[] {
  const people = found.filter((f) => f.type === 'person' && !f.inCredit);
  if (people.length === 0 || loose.length === 0) return loose;
  // Runs that one space joins are one phrase here ("Al" and "Pacino", split where "Al" could open a sentence).
  // Grouped first and joined once, so that a run of thousands of such words stays linear.
  const groups: Loose[][] = [];
  for (const run of loose) {
    const group = groups.at(-1);
    const prev = group?.at(-1);
    const first = run.tokens[0]!;
    if (group && prev && prev.block === run.block && first.gap === ' ' && prev.tokens.at(-1)!.end + 1 === first.start) group.push(run);
    else groups.push([run]);
  }
  const parts = new Map<Loose, Loose[]>();
  const phrases = groups.map((group) => {
    if (group.length === 1) return group[0]!;
    const phrase = { ...group[0]!, tokens: group.flatMap((r) => r.tokens) };
    parts.set(phrase, group);
    return phrase;
  });
  const candidates = phrases.filter(looksLikeName);
  if (candidates.length === 0) return loose;
  const joined = (a: { end: number }, b: { start: number }) => a.end <= b.start && b.start - a.end <= MAX_JOINT && LIST_JOINT.test(text.slice(a.end, b.start));
  // Items are in text order: two sweeps (forwards, then backwards) carry "person" along a list either way.
  const spans = [...people.map((p) => ({ start: p.start, end: p.end, run: null as Loose | null })), ...candidates.map((run) => ({ start: run.tokens[0]!.start, end: run.tokens.at(-1)!.end, run }))].sort((a, b) => a.start - b.start);
  const isPerson = spans.map((s) => s.run === null);
  for (let k = 1; k < spans.length; k++) if (!isPerson[k] && isPerson[k - 1] && joined(spans[k - 1]!, spans[k]!)) isPerson[k] = true;
  for (let k = spans.length - 2; k >= 0; k--) if (!isPerson[k] && isPerson[k + 1] && joined(spans[k]!, spans[k + 1]!)) isPerson[k] = true;
  const promoted = new Set<Loose>();
  spans.forEach((s, k) => {
    if (!s.run || !isPerson[k]) return;
    for (const part of parts.get(s.run) ?? [s.run]) promoted.add(part);
    found.push(asPerson(s.run, text));
  });
  return promoted.size ? loose.filter((l) => !promoted.has(l)) : loose;
}

/** A given name that may stand before a shared surname: one the lexicon knows, or a word the name lists also give. */
const mayBeGivenName = (t: Token) => t.capitalised && !t.allCaps && (isFirstName(t.text) || isWordGivenName(t.text));

/**
 * Two given names sharing one surname: "Joe and Hunter Biden", "Anne and John Smith". The first is the person
 * "Joe Biden" (its mention is the word "Joe"), the second the person "Hunter Biden"; the surname is no common word
 * and no place ("Mary and Rose Garden" names no one). Works on the block's loose runs and the people found in it;
 * returns the runs left loose.
 */
export function promoteSharedSurnames(text: string, found: Found[], loose: Loose[]): Loose[] {
  const words = loose.filter((l) => l.tokens.length === 1).map((l) => ({ run: l, t: l.tokens[0]! }));
  const at = new Map(words.map((w) => [w.t.start, w]));
  const people = new Map(found.filter((f) => f.type === 'person' && !f.inCredit && f.nameWords?.length === 2).map((f) => [f.start, f]));
  const promoted = new Set<Loose>();
  for (const first of words) {
    if (!mayBeGivenName(first.t) || !isFirstName(first.t.text)) continue;
    const joint = /^\s+(?:and|&)\s+/u.exec(text.slice(first.t.end, first.t.end + 6));
    if (!joint) continue;
    const start = first.t.end + joint[0].length;
    const person = people.get(start);
    const given = person ? undefined : at.get(start);
    const last = given && at.get(given.t.end + 1);
    const second = given && last && mayBeGivenName(given.t) && last.t.capitalised && !last.t.allCaps && !isCommonWordOrInflection(last.t.text) && !isPlaceName(last.t.text);
    const surname = person ? person.nameWords![1]! : second ? last.t.text : undefined;
    if (surname === undefined) continue;
    // In the text's order, so that the surname alone later goes to the first of the two, as it goes to the first
    // of any two people who share it. The first is named by the surname it shares ("Joe" is "Joe Biden").
    const nameWords = [first.t.text, surname];
    found.push({ ...asPerson(first.run, text), key: nameWords.join(' '), nameWords });
    promoted.add(first.run);
    if (given && last) {
      found.push(asPerson({ ...given.run, tokens: [given.t, last.t] }, text));
      promoted.add(given.run).add(last.run);
    }
  }
  return promoted.size ? loose.filter((l) => !promoted.has(l)) : loose;
}

/**
 * Names the story goes on to call by surname alone: news style names a person in full once, then by the last name
 * ("Nisan Ahmado … Ahmado said"). A loose run that looks like a name, whose last word recurs on its own elsewhere in
 * the article, is a person. `texts` gives each block's text by id.
 */
export function promoteNamesUsedBySurname(texts: ReadonlyMap<string, string>, found: Found[], loose: Loose[]): Loose[] {
  // The surname alone where only a person stands: before a speech verb ("Ahmado said") or after an honorific.
  const alone = new Set<string>();
  // Of those, the ones a speech verb stands beside: after it ("Ward says") or inverted before it ("…," says Ward).
  const spoke = new Set<string>();
  for (const run of loose) {
    if (run.tokens.length !== 1 || run.inCredit) continue;
    const t = run.tokens[0]!;
    const text = texts.get(run.block)!;
    const verb = /^\s+(\p{Ll}+)/u.exec(text.slice(t.end, t.end + 24))?.[1];
    const inverted = /[,"”]\s+(\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, t.start - 16), t.start))?.[1];
    const honorific = /(?:^|\s)(\p{Lu}\p{Ll}{1,3})\.?\s$/u.exec(text.slice(Math.max(0, t.start - 6), t.start))?.[1];
    if ((verb !== undefined && isNameIntroducingSpeechVerb(verb)) || (inverted !== undefined && INVERTING_VERBS.has(inverted))) spoke.add(t.text);
    if (spoke.has(t.text) || (honorific !== undefined && isHonorific(honorific))) alone.add(t.text);
  }
  // A person found by one word ("Mr. Xi", "President Biden") is the surname alone too.
  for (const f of found) if (f.type === 'person' && !f.inCredit && !f.text.includes(' ')) alone.add(f.text);
  const promoted = new Set<Loose>();
  for (const run of loose) {
    if (run.inCredit || run.tokens.length < 2 || !looksLikeName(run)) continue;
    const last = run.tokens.at(-1)!;
    // Or, for a name of two words, by its first: a family name written first ("Xi Jinping … Mr. Xi").
    const familyFirst = run.tokens.length === 2 && alone.has(run.tokens[0]!.text);
    if (!familyFirst && (last.text.length < 3 || continuesNameWord(run.tokens, run.tokens.length - 1) || !alone.has(last.text))) continue;
    promoted.add(run);
    // "(Minister of Foreign) Affairs Sergei Lavrov": a word before a known given name is not the name's.
    const [w0, w1] = run.tokens;
    const trimmed = run.tokens.length === 3 && !isFirstName(w0!.text) && isFirstName(w1!.text) ? { ...run, tokens: run.tokens.slice(1) } : run;
    found.push(asPerson(trimmed, texts.get(run.block)!));
  }
  // "Lewis Ward, research director … / … says Ward": a surname that is also a word ("Ward") after a word that is a
  // name, when the story has it speak alone. Two loose words one space apart, as the rules left them.
  for (let k = 0; k + 1 < loose.length; k++) {
    const [a, b] = [loose[k]!, loose[k + 1]!];
    if (a.inCredit || a.block !== b.block || a.tokens.length !== 1 || b.tokens.length !== 1 || promoted.has(a) || promoted.has(b)) continue;
    const [first, surname] = [a.tokens[0]!, b.tokens[0]!];
    if (surname.start !== first.end + 1 || surname.gap !== ' ' || first.allCaps || surname.allCaps || !spoke.has(surname.text) || surname.text.length < 3) continue;
    const nameFirst = (isFirstName(first.text) || isLastName(first.text) || isWordGivenName(first.text)) && !isNeverName(first.text);
    if (!nameFirst || isNeverSurname(surname.text) || isPlaceName(surname.text)) continue;
    promoted.add(a).add(b);
    found.push(asPerson({ ...a, tokens: [first, surname] }, texts.get(a.block)!));
  }
  return promoted.size ? loose.filter((l) => !promoted.has(l)) : loose;
}
