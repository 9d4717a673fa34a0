// Speaker resolution: turn a subject phrase (name, pronoun, role noun) into an entity id, given what came before.
import { firstIndex } from '../first-index';
import type { Entity } from '../../contract/article';
import { ANONYMOUS_ROLES, DETERMINERS, FEMALE_HONORIFIC, GENERIC_ORGANIZATION_NOUNS, FEMALE_ROLE, genderOfGivenName, INDEFINITE_ARTICLES, isSpeakerNoun, MALE_HONORIFIC, MALE_ROLE, ORGANIZATION_NOUNS, SPEECH_VERB_FORMS, ROLE_SYNONYMS, SUBJECT_PRONOUNS } from '../language';
import type { Subject } from './find-speech-acts';
import type { ParagraphView, PlacedMention } from './read-paragraph';

/** How many paragraphs back a pronoun or a role noun may look for the person it stands for. */
const MAX_REFERENT_DISTANCE = 4;

/** A place in the article: a paragraph's index and an offset in it. */
export type Position = { para: number; at: number };

/** Who spoke, as far as the text says: an entity id or null, and whether the speaker is a person. */
export type Resolved = { speaker: string | null; personLike: boolean; organization: boolean };

type Gender = 'male' | 'female';
type PersonFacts = { roles: string; gender: Gender | undefined };

const pick = (r: Resolved): Resolved => ({ speaker: r.speaker, personLike: r.personLike, organization: r.organization });
const before = (a: Position, b: Position) => a.para < b.para || (a.para === b.para && a.at < b.at);
const near = (a: Position, b: Position) => b.para - a.para <= MAX_REFERENT_DISTANCE;


/** Words that end a title read backwards from a name: "a man for threatening President X" keeps "President". */
const TITLE_STOPS = new Set([...DETERMINERS, 'for', 'by', 'with', 'to', 'from', 'and', 'or', 'but', 'that', 'as', 'at', 'in', 'on', 'against', 'about', 'than', ...SPEECH_VERB_FORMS]);

/** The title words right before a name: at most five words back, stopping at a break or a small word. */
function titleWordsBefore(lead: string): string {
  const words = (lead.split(/[,;:()"“”—–]/u).pop() ?? '').trim().split(/\s+/u).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 5; i--) {
    if (TITLE_STOPS.has(words[i]!.toLowerCase())) break;
    kept.unshift(words[i]!);
  }
  return kept.join(' ');
}

/** Each person's facts, to be learnt from the text: the description to start with. */
function startFacts(entities: Entity[]): Map<string, PersonFacts> {
  const facts = new Map<string, PersonFacts>();
  for (const e of entities) if (e.type === 'person') facts.set(e.id, { roles: (e.description ?? '').toLowerCase(), gender: undefined });
  return facts;
}

/** Titles and gender one paragraph gives each person: the words before a mention, an appositive after it. */
function learnPeople(view: ParagraphView, facts: Map<string, PersonFacts>): void {
  view.mentions.forEach((m, i) => {
    const f = facts.get(m.entity.id);
    if (!f) return;
    const prevEnd = i > 0 ? view.mentions[i - 1]!.end : 0;
    const lead = titleWordsBefore(view.masked.slice(Math.max(prevEnd, m.start - 60), m.start));
    const tail = /^,([^,;:()"“”]{1,80})(?:[,;.]|$)/u.exec(view.masked.slice(m.end))?.[1] ?? '';
    f.roles += ` ${lead.toLowerCase()} | ${tail.toLowerCase()}`;
    if (!f.gender && MALE_HONORIFIC.test(lead)) f.gender = 'male';
    if (!f.gender && FEMALE_HONORIFIC.test(lead)) f.gender = 'female';
  });
}

/** Once every paragraph is read: a gender from the roles, else from the given name, for those the text gave none. */
function settleGenders(facts: Map<string, PersonFacts>, entities: Entity[]): void {
  const byName = new Map(entities.map((e) => [e.id, e.name]));
  for (const [id, f] of facts) {
    if (f.gender) continue;
    if (FEMALE_ROLE.test(f.roles)) f.gender = 'female';
    else if (MALE_ROLE.test(f.roles)) f.gender = 'male';
    else {
      const given = byName.get(id)?.split(/\s+/u);
      if (given && given.length > 1) f.gender = genderOfGivenName(given[0]!);
    }
  }
}

type Introduction = Position & { role: string };

/**
 * People one paragraph brings in by role without a name ("detained a man", "a government spokesman"), so that a
 * later "the man" is not taken for someone named. An introduction followed in the same sentence by a name ("A
 * researcher with the group, Matthew Collins,") names that person instead: the role goes to `named`.
 */
function findIntroductions(view: ParagraphView, people: Map<string, PersonFacts>, out: Introduction[], named: Map<string, string>): void {
  // Mentions and sentences are in text order: each look-up is a bisection, not a scan of the paragraph.
  const { mentions, sentences } = view;
  const firstMentionFrom = (offset: number) => firstIndex(mentions, (m) => m.start >= offset);
  view.tokens.forEach((t, i) => {
    if (!/^\p{Ll}/u.test(t.text) || !isSpeakerNoun(t.lower)) return;
    const article = view.tokens.slice(Math.max(0, i - 3), i).findLast((w) => INDEFINITE_ARTICLES.has(w.lower));
    if (!article) return;
    // A mention between the article and the noun ("a Reuters reporter") names someone else.
    for (let k = firstMentionFrom(article.end); k < mentions.length && mentions[k]!.start < t.start; k++) if (mentions[k]!.end <= t.start) return;
    const sentence = sentences[firstIndex(sentences, (s) => t.start < s.end)];
    const end = sentence && sentence.start <= t.start ? sentence.end : view.text.length;
    let person: PlacedMention | undefined;
    for (let k = firstMentionFrom(t.end + 1); k < mentions.length && mentions[k]!.start < end && mentions[k]!.start - t.end < 60; k++) {
      if (mentions[k]!.entity.type === 'person') {
        person = mentions[k];
        break;
      }
    }
    if (person && view.masked.slice(t.end, person.start).includes(',')) {
      if (people.has(person.entity.id)) named.set(person.entity.id, `${named.get(person.entity.id) ?? ''} ${t.lower}`);
      return;
    }
    out.push({ para: view.index, at: t.start, role: t.lower });
  });
}


/** What earlier text offers a pronoun or role noun to point back at. */
export type Discourse = {
  /** Record who spoke at a position, so later pronouns can point back at them. */
  noteSpeaker(at: Position, resolved: Resolved): void;
  /** Record the person a sentence is about (its subject), which later pronouns may point back at too. */
  noteSubject(at: Position, resolved: Resolved): void;
  /** The entity (or null) a subject phrase at a position stands for. */
  resolve(subject: Subject, at: Position): Resolved;
  /** The last speaker noted in one paragraph (before offset `before`, if given), if any. */
  lastSpeakerIn(para: number, before?: number): Resolved | undefined;
  /** The person the latest sentence of a paragraph before an offset was about, if that was a named person. */
  lastPersonSubjectIn(para: number, before: number): Resolved | undefined;
};

/** Index just past the last item of a list in reading order that comes before `at` (0 when none does). */
function countBefore(list: readonly Position[], at: Position): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid]!, at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Memoises a function of a string key. */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (!known.has(key)) known.set(key, f(key));
    return known.get(key)!;
  };
}

/**
 * The latest noted of a stream of positions that comes before a given one. A position noted later than another and
 * not after it hides it for good (any position after the later one is after both), so the ones kept are in reading
 * order and in the order noted at once: the answer is a bisection. Subjects are noted before the speech acts of
 * their sentence and pronouns point back from before those acts, so the newest entries are often not the answer;
 * scanning back over them for every pronoun was quadratic in a paragraph of thousands of speech acts.
 */
class LatestBefore<T extends Position> {
  private readonly kept: T[] = [];
  add(x: T): void {
    while (this.kept.length > 0 && !before(this.kept[this.kept.length - 1]!, x)) this.kept.pop();
    this.kept.push(x);
  }
  /** The entry noted last among those before `at`. */
  latest(at: Position): T | undefined {
    return this.kept[countBefore(this.kept, at) - 1];
  }
}

/** Reads the article's paragraphs one at a time for the discourse, then builds it (see createDiscourse). */
export type DiscourseReader = { read(view: ParagraphView): void; done(): Discourse };

/**
 * Builds the discourse model over all paragraphs: people's titles and genders, and the mentions in order. The
 * paragraphs are read one at a time (holding every paragraph's words at once took hundreds of megabytes for a
 * 20 MB article); genders are settled from what the paragraphs say before the roles introductions give are added.
 * Every look-back is indexed: mentions and introductions are in reading order, so the last one before a position is
 * found by bisection in the list of those that qualify; speakers are noted paragraph by paragraph, so a look-back
 * stops at the first paragraph too far back. Scanning back over the whole article for each pronoun and role noun
 * was quadratic in the number of paragraphs.
 */
export function createDiscourse(entities: Entity[]): DiscourseReader {
  const people = startFacts(entities);
  const intros: Introduction[] = [];
  const introducedRoles = new Map<string, string>();
  const mentions: Array<Position & { entity: Entity }> = [];
  return {
    read(view) {
      learnPeople(view, people);
      findIntroductions(view, people, intros, introducedRoles);
      for (const m of view.mentions) mentions.push({ para: view.index, at: m.start, entity: m.entity });
    },
    done() {
      settleGenders(people, entities);
      for (const [id, roles] of introducedRoles) people.get(id)!.roles += roles;
      return discourseOver(entities, people, intros, mentions);
    },
  };
}

function discourseOver(entities: Entity[], people: Map<string, PersonFacts>, intros: Introduction[], mentions: Array<Position & { entity: Entity }>): Discourse {
  const byId = new Map(entities.map((e) => [e.id, e]));
  type Placed = (typeof mentions)[number];
  /** Speech acts and sentence subjects as noted (paragraph by paragraph); `spoke` marks the speech acts. */
  type Noted = Position & Resolved & { spoke: boolean };
  const speakers: Noted[] = [];
  /** The same, looked up by what a look-back accepts: any entry, a person of a gender, an organization by name, a paragraph's speech acts. */
  const anyNoted = new LatestBefore<Noted>();
  const personNoted = new Map<string, LatestBefore<Noted>>();
  const organizationNoted = new Map<string, { accepts: (s: Noted) => boolean; list: LatestBefore<Noted> }>();
  const spokeIn = new Map<number, LatestBefore<Noted>>();

  const unnamed = (personLike: boolean): Resolved => ({ speaker: null, personLike, organization: false });
  const asResolved = (id: string): Resolved => {
    const type = byId.get(id)?.type;
    if (type === 'person') return { speaker: id, personLike: true, organization: false };
    if (type === 'organization') return { speaker: id, personLike: false, organization: true };
    return unnamed(false); // countries and places are not speakers in the contract
  };
  const genderFits = (id: string | null, gender: Gender | undefined) =>
    !gender || !id || (people.get(id)?.gender ?? gender) === gender;
  /** The last of `list` (in reading order) before a position, if any. */
  const lastOf = <T extends Position>(list: readonly T[], at: Position): T | undefined => list[countBefore(list, at) - 1];

  const hasRole = memo((key) => {
    const [id, role] = key.split('\u0000') as [string, string];
    const roles = people.get(id)?.roles ?? '';
    return (ROLE_SYNONYMS[role] ?? [role]).some((r) => new RegExp(`\\b${r}\\b`, 'u').test(roles));
  });
  const personHasRole = (id: string, role: string) => hasRole(`${id}\u0000${role}`);

  const personMentions = mentions.filter((m) => m.entity.type === 'person');
  const organizationMentions = mentions.filter((m) => m.entity.type === 'organization');
  /** Person mentions whose gender fits (all of them when no gender is asked for). */
  const fittingMentions = memo((gender) => personMentions.filter((m) => genderFits(m.entity.id, (gender || undefined) as Gender | undefined)));
  /** Mentions of people the text gives a role. */
  const holderMentions = memo((role) => personMentions.filter((m) => personHasRole(m.entity.id, role)));
  /** Everyone the text gives a role. */
  const holders = memo((role) => [...people.keys()].filter((id) => personHasRole(id, role)));
  /** Introductions of someone unnamed by a role or one of its synonyms. */
  const introsOf = memo((role) => {
    const accepted = ROLE_SYNONYMS[role] ?? [role];
    return intros.filter((intro) => accepted.includes(intro.role));
  });
  /** Organization mentions whose entity has a name or alias containing `head` (and is not `except`). */
  const organizationsNamed = memo((key) => {
    const [head, except] = key.split('\u0000') as [string, string];
    const fits = memo((id) => {
      const e = byId.get(id)!;
      return e.id !== except && [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(head));
    });
    return organizationMentions.filter((m) => fits(m.entity.id));
  });
  const organizationNamedFits = (e: Entity, head: string, except: string) => e.id !== except && [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(head));

  const personAccepts = (gender: Gender | undefined) => (s: Noted) => s.personLike && (s.speaker === null || genderFits(s.speaker, gender));
  /** Entries noted so far that a person look-back of this gender accepts, kept up to date as entries are noted. */
  const notedPeople = (gender: Gender | undefined): LatestBefore<Noted> => {
    let list = personNoted.get(gender ?? '');
    if (!list) {
      personNoted.set(gender ?? '', (list = new LatestBefore()));
      for (const s of speakers) if (personAccepts(gender)(s)) list.add(s);
    }
    return list;
  };
  /** Entries noted so far of organizations whose names contain `head` (other than `except`), kept up to date. */
  const notedOrganizations = (head: string, except: string): LatestBefore<Noted> => {
    const key = `${head}\u0000${except}`;
    let found = organizationNoted.get(key);
    if (!found) {
      const accepts = (s: Noted) => s.organization && !!s.speaker && organizationNamedFits(byId.get(s.speaker)!, head, except);
      organizationNoted.set(key, (found = { accepts, list: new LatestBefore() }));
      for (const s of speakers) if (accepts(s)) found.list.add(s);
    }
    return found.list;
  };
  const note = (s: Noted) => {
    speakers.push(s);
    anyNoted.add(s);
    for (const [gender, list] of personNoted) if (personAccepts((gender || undefined) as Gender | undefined)(s)) list.add(s);
    for (const { accepts, list } of organizationNoted.values()) if (accepts(s)) list.add(s);
    if (s.spoke) {
      let own = spokeIn.get(s.para);
      if (!own) spokeIn.set(s.para, (own = new LatestBefore()));
      own.add(s);
    }
  };

  /** The last person who spoke (or, failing that, was named) before a position, of a compatible gender. */
  const lastPerson = (at: Position, gender: Gender | undefined): Resolved | undefined => {
    // The latest accepted entry before `at` is in the latest paragraph among them: if it is not near, none is.
    const s = notedPeople(gender).latest(at);
    const m = lastOf(fittingMentions(gender ?? ''), at);
    // "One of the women was Nesma Hajjaj. … she said", "a reporter asked Montoya-Lewis … she replied": someone
    // unnamed, then a person named after them in the same paragraph or in the pronoun's own.
    // And "In Hajjaj's case, she decided …": a person named in the pronoun's own paragraph, when whoever spoke or
    // was the subject last did so in an earlier one.
    if (s && near(s, at)) {
      const later = m !== undefined && before(s, m) ? m : undefined;
      const namedAfterUnnamed = later && s.speaker === null && (later.para === at.para || later.para === s.para);
      const namedHere = later && later.para === at.para && s.para < at.para;
      return later && (namedAfterUnnamed || namedHere) ? asResolved(later.entity.id) : pick(s);
    }
    return m && near(m, at) ? asResolved(m.entity.id) : undefined;
  };

  /** The last organization (whose names contain `head`, and that is not `except`) that spoke near, or was named before, a position. */
  const lastOrganization = (at: Position, head: string, except = ''): Resolved | undefined => {
    const s = notedOrganizations(head, except).latest(at);
    if (s && near(s, at)) return pick(s);
    const m = lastOf(organizationsNamed(`${head}\u0000${except}`), at);
    return m ? asResolved(m.entity.id) : undefined;
  };

  /** "They said", "it added": an organization that spoke in this paragraph or the one before. */
  const lastOrganizationSpeaker = (at: Position): Resolved | undefined => {
    const s = anyNoted.latest(at);
    return s && at.para - s.para <= 1 && s.organization ? pick(s) : undefined;
  };

  /** The last person who spoke or whom a sentence was about, in this paragraph before a position or the one before. */
  const lastSpokeBefore = (at: Position): Resolved | undefined => {
    const s = anyNoted.latest(at);
    return s && at.para - s.para <= 1 ? pick(s) : undefined;
  };

  /** The last mention, before a position, of a person the text gives a role. */
  const lastHolder = (at: Position, role: string): (Position & { id: string }) | undefined => {
    const m: Placed | undefined = lastOf(holderMentions(role), at);
    return m ? { para: m.para, at: m.at, id: m.entity.id } : undefined;
  };
  const lastIntro = (at: Position, role: string): Position | undefined => lastOf(introsOf(role), at);

  return {
    noteSubject(at, resolved) {
      note({ ...pick(resolved), ...at, spoke: false });
    },
    noteSpeaker(at, resolved) {
      note({ ...pick(resolved), ...at, spoke: true });
    },
    lastPersonSubjectIn(para, limit) {
      const s = anyNoted.latest({ para, at: limit });
      return s && s.para === para && !s.spoke && s.speaker !== null && s.personLike ? pick(s) : undefined;
    },
    lastSpeakerIn(para, limit = Infinity) {
      const s = spokeIn.get(para)?.latest({ para, at: limit });
      return s ? pick(s) : undefined;
    },
    resolve(subject, at) {
      switch (subject.kind) {
        case 'entity': {
          // "The Ministry" found as a name of its own stands for the last ministry named in full.
          const entity = byId.get(subject.id);
          const head = entity?.type === 'organization' ? entity.name.toLowerCase().replace(/^the\s+/u, '') : '';
          if (!ORGANIZATION_NOUNS.includes(head)) return asResolved(subject.id);
          return lastOrganization(at, head, subject.id) ?? asResolved(subject.id);
        }
        case 'unnamed':
          return unnamed(subject.personLike);
        case 'pronoun': {
          const kind = SUBJECT_PRONOUNS[subject.pronoun];
          if (kind === 'male' || kind === 'female') return lastPerson(at, kind) ?? unnamed(true);
          if (kind === 'writer') return unnamed(false); // "I quote from the letter": the author, not a person of the story
          return lastOrganizationSpeaker(at) ?? unnamed(false);
        }
        case 'person-role': {
          // "the 45-year-old said": the person the story is about at that point.
          if (subject.role === 'year-old') return lastPerson(at, undefined) ?? unnamed(true);
          const holder = lastHolder(at, subject.role);
          const intro = lastIntro(at, subject.role);
          // "a man … The man, who was not identified, wrote": someone the text introduced without a name.
          if (intro && (!holder || before(holder, intro))) return unnamed(true);
          if (holder) return asResolved(holder.id);
          const anyone = holders(subject.role);
          if (anyone.length === 1) return asResolved(anyone[0]!);
          if (ANONYMOUS_ROLES.has(subject.role)) return unnamed(true);
          // "the TV personality added": a role the text never gave anyone stands for the person who just spoke.
          const recent = lastSpokeBefore(at);
          return recent?.speaker && recent.personLike ? recent : unnamed(true);
        }
        case 'organization-role': {
          const named = lastOrganization(at, subject.head);
          if (named) return named;
          // "Boeing said … The company said": a generic head stands for the organization the story is about.
          if (!GENERIC_ORGANIZATION_NOUNS.has(subject.head)) return unnamed(false);
          const recent = lastOf(organizationMentions, at);
          return recent && near(recent, at) ? asResolved(recent.entity.id) : unnamed(false);
        }
      }
    },
  };
}
