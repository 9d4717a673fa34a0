/**
 * One person across stories. Each story already made one entity per person (a bare surname joined its own story's
 * full name there); across stories only full names (two or more words) are compared, by the rules used inside a
 * story (sameNameholder: transliteration variants, initials, nicknames, a tail of a longer name), through the same
 * NameIndex, so the work grows with the number of distinct spellings, not their pairs. A person a story names by
 * one word only stays that story's own: "Smith" in two stories may be two people. A spelling that could be two
 * already-known people ("J. Smith" beside "John Smith" and "Jane Smith") joins neither.
 */
import { NameIndex } from '../entities/name-index';
import { foldName } from '../entities/similar-names';

/** A person entity of one story, as the merge sees it. */
export interface StoryPerson {
  /** The entity's canonical name and aliases. */
  forms: readonly string[];
}

/** The words of a name as the entity stage files them ("Okonjo-Iweala" stays one word). */
export const nameWords = (name: string): string[] => name.split(' ').filter(Boolean);

/** A name of two or more words: the only kind compared across stories. */
export const isFullName = (name: string): boolean => nameWords(name).length > 1;

/** A given name that is an initial ("J.", "J"): it could be anyone's, so such spellings come last. */
export const hasInitial = (name: string): boolean => (nameWords(name)[0] ?? '').replace(/\.$/u, '').length <= 1;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const foldedName = (name: string) => nameWords(name).map(foldName).join(' ');

/**
 * The order spellings are clustered in, which depends on the spellings only (never on story order): more words
 * first (NameIndex.some finds names at least as long), full given names before initials, then by folded form and
 * by code unit. So the same stories always give the same people, in any order.
 */
export function clusteringOrder(a: string, b: string): number {
  return nameWords(b).length - nameWords(a).length || Number(hasInitial(a)) - Number(hasInitial(b)) || byCodeUnit(foldedName(a), foldedName(b)) || byCodeUnit(a, b);
}

/** Union-find over spellings: the forms one story gives one person are one person's. */
class Spellings {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    if (!this.parent.has(x)) this.parent.set(x, x);
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path halving keeps later finds short.
    let at = x;
    while (at !== root) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The smaller root stays the root, so the result does not depend on the order of unions.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }
  all(): string[] {
    return [...this.parent.keys()];
  }
}

/**
 * Groups story people into collection people: the result gives, for each input, its group number, or -1 for a
 * person its story names by one word only (kept apart). Group numbers follow `clusteringOrder` of their first
 * spelling, so they do not depend on the order of the input.
 */
export function mergePeople(people: readonly StoryPerson[]): number[] {
  const spellings = new Spellings();
  const fullForms = people.map((p) => [...new Set(p.forms.filter(isFullName))]);
  for (const forms of fullForms) for (const f of forms) spellings.union(forms[0]!, f);
  const index = new NameIndex();
  const groupOfRoot = new Map<string, number>();
  const groupOf = new Map<string, number>();
  let groups = 0;
  for (const spelling of spellings.all().sort(clusteringOrder)) {
    const root = spellings.find(spelling);
    const words = nameWords(spelling);
    let group = groupOfRoot.get(root);
    if (group === undefined) {
      const homes = index.some(words, 2);
      group = homes.length === 1 ? homes[0]! : groups++;
      groupOfRoot.set(root, group);
    }
    groupOf.set(spelling, group);
    index.add(group, words);
  }
  return fullForms.map((forms) => (forms.length ? groupOf.get(forms[0]!)! : -1));
}
