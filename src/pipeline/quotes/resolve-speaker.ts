// Speaker resolution: turn a subject phrase (name, pronoun, role noun) into an entity id, given what came before.
import type { Entity } from '../../contract/article';
import { DETERMINERS, FEMALE_HONORIFIC, GENERIC_ORGANIZATION_HEADS, FEMALE_ROLE, genderOfGivenName, INDEFINITE_ARTICLES, isPersonNoun, MALE_HONORIFIC, MALE_ROLE, MAX_REFERENT_DISTANCE, ORGANIZATION_HEADS, SPEECH_VERB_FORMS, ROLE_SYNONYMS, SUBJECT_PRONOUNS } from './lexicon';
import type { Subject } from './find-speech-acts';
import type { ParagraphView } from './read-paragraph';

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
function titleBefore(lead: string): string {
  const words = (lead.split(/[,;:()"“”—–]/u).pop() ?? '').trim().split(/\s+/u).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 5; i--) {
    if (TITLE_STOPS.has(words[i]!.toLowerCase())) break;
    kept.unshift(words[i]!);
  }
  return kept.join(' ');
}

/** Titles and gender the text gives each person: the words before a mention, an appositive after it, the description. */
function learnPeople(views: ParagraphView[], entities: Entity[]): Map<string, PersonFacts> {
  const facts = new Map<string, PersonFacts>();
  const byName = new Map(entities.map((e) => [e.id, e.name]));
  for (const e of entities) if (e.type === 'person') facts.set(e.id, { roles: (e.description ?? '').toLowerCase(), gender: undefined });
  for (const view of views) {
    view.mentions.forEach((m, i) => {
      const f = facts.get(m.entity.id);
      if (!f) return;
      const prevEnd = i > 0 ? view.mentions[i - 1]!.end : 0;
      const lead = titleBefore(view.masked.slice(Math.max(prevEnd, m.start - 60), m.start));
      const tail = /^,([^,;:()"“”]{1,80})(?:[,;.]|$)/u.exec(view.masked.slice(m.end))?.[1] ?? '';
      f.roles += ` ${lead.toLowerCase()} | ${tail.toLowerCase()}`;
      if (!f.gender && MALE_HONORIFIC.test(lead)) f.gender = 'male';
      if (!f.gender && FEMALE_HONORIFIC.test(lead)) f.gender = 'female';
    });
  }
  for (const [id, f] of facts) {
    if (f.gender) continue;
    if (FEMALE_ROLE.test(f.roles)) f.gender = 'female';
    else if (MALE_ROLE.test(f.roles)) f.gender = 'male';
    else {
      const given = byName.get(id)?.split(/\s+/u);
      if (given && given.length > 1) f.gender = genderOfGivenName(given[0]!);
    }
  }
  return facts;
}

type Introduction = Position & { role: string };

/**
 * People brought in by role without a name ("detained a man", "a government spokesman"), so that a later "the man"
 * is not taken for someone named. An introduction followed in the same sentence by a name ("A researcher with the
 * group, Matthew Collins,") names that person instead, and gives them the role.
 */
function findIntroductions(views: ParagraphView[], people: Map<string, PersonFacts>): Introduction[] {
  const out: Introduction[] = [];
  for (const view of views) {
    view.tokens.forEach((t, i) => {
      if (!/^\p{Ll}/u.test(t.text) || !isPersonNoun(t.lower)) return;
      const article = view.tokens.slice(Math.max(0, i - 3), i).findLast((w) => INDEFINITE_ARTICLES.has(w.lower));
      if (!article || view.mentions.some((m) => m.start >= article.end && m.end <= t.start)) return;
      const sentenceEnd = view.sentences.find((s) => s.start <= t.start && t.start < s.end)?.end ?? view.text.length;
      const named = view.mentions.find((m) => m.start > t.end && m.start < sentenceEnd && m.start - t.end < 60 && m.entity.type === 'person');
      if (named && view.masked.slice(t.end, named.start).includes(',')) {
        const facts = people.get(named.entity.id);
        if (facts) facts.roles += ` ${t.lower}`;
        return;
      }
      out.push({ para: view.index, at: t.start, role: t.lower });
    });
  }
  return out;
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
};

/** Builds the discourse model over all paragraphs: people's titles and genders, and the mentions in order. */
export function createDiscourse(views: ParagraphView[], entities: Entity[]): Discourse {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const people = learnPeople(views, entities);
  const intros = findIntroductions(views, people);
  const mentions = views.flatMap((v) => v.mentions.map((m) => ({ para: v.index, at: m.start, entity: m.entity })));
  /** Speech acts and sentence subjects in reading order; `spoke` marks the speech acts. */
  const speakers: Array<Position & Resolved & { spoke: boolean }> = [];

  const unnamed = (personLike: boolean): Resolved => ({ speaker: null, personLike, organization: false });
  const asResolved = (id: string): Resolved => {
    const type = byId.get(id)?.type;
    if (type === 'person') return { speaker: id, personLike: true, organization: false };
    if (type === 'organization') return { speaker: id, personLike: false, organization: true };
    return unnamed(false); // countries and places are not speakers in the contract
  };
  const genderFits = (id: string | null, gender: Gender | undefined) =>
    !gender || !id || (people.get(id)?.gender ?? gender) === gender;

  /** The last person who spoke (or, failing that, was named) before a position, of a compatible gender. */
  const lastPerson = (at: Position, gender: Gender | undefined, accept: (id: string) => boolean = () => true): Resolved | undefined => {
    for (let i = speakers.length - 1; i >= 0; i--) {
      const s = speakers[i]!;
      if (!before(s, at) || !near(s, at) || !s.personLike) continue;
      if (s.speaker === null ? accept('') : accept(s.speaker) && genderFits(s.speaker, gender)) return pick(s);
    }
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.entity.type !== 'person' || !before(m, at) || !near(m, at)) continue;
      if (accept(m.entity.id) && genderFits(m.entity.id, gender)) return asResolved(m.entity.id);
    }
    return undefined;
  };

  const lastOrganization = (at: Position, accept: (e: Entity) => boolean): Resolved | undefined => {
    for (let i = speakers.length - 1; i >= 0; i--) {
      const s = speakers[i]!;
      if (before(s, at) && near(s, at) && s.organization && s.speaker && accept(byId.get(s.speaker)!)) return pick(s);
    }
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.entity.type === 'organization' && before(m, at) && accept(m.entity)) return asResolved(m.entity.id);
    }
    return undefined;
  };

  /** "They said", "it added": an organization that spoke in this paragraph or the one before. */
  const lastOrganizationSpeaker = (at: Position): Resolved | undefined => {
    for (let i = speakers.length - 1; i >= 0; i--) {
      const s = speakers[i]!;
      if (before(s, at) && at.para - s.para <= 1) return s.organization ? pick(s) : undefined;
    }
    return undefined;
  };

  /** The last person who spoke or whom a sentence was about, in this paragraph before a position or the one before. */
  const lastSpokeBefore = (at: Position): Resolved | undefined => {
    for (let i = speakers.length - 1; i >= 0; i--) {
      const s = speakers[i]!;
      if (before(s, at) && at.para - s.para <= 1) return pick(s);
    }
    return undefined;
  };

  /** The last mention, before a position, of a person the text gives a role. */
  const lastHolder = (at: Position, role: string): (Position & { id: string }) | undefined => {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.entity.type === 'person' && before(m, at) && hasRole(m.entity.id, role)) return { para: m.para, at: m.at, id: m.entity.id };
    }
    return undefined;
  };
  const lastIntro = (at: Position, role: string): Position | undefined => {
    const accepted = ROLE_SYNONYMS[role] ?? [role];
    for (let i = intros.length - 1; i >= 0; i--) if (before(intros[i]!, at) && accepted.includes(intros[i]!.role)) return intros[i];
    return undefined;
  };

  const hasRole = (id: string, role: string) => {
    const roles = people.get(id)?.roles ?? '';
    return (ROLE_SYNONYMS[role] ?? [role]).some((r) => new RegExp(`\\b${r}\\b`, 'u').test(roles));
  };

  return {
    noteSubject(at, resolved) {
      speakers.push({ ...pick(resolved), ...at, spoke: false });
    },
    noteSpeaker(at, resolved) {
      speakers.push({ ...pick(resolved), ...at, spoke: true });
    },
    lastSpeakerIn(para, limit = Infinity) {
      for (let i = speakers.length - 1; i >= 0; i--) {
        const s = speakers[i]!;
        if (s.spoke && s.para === para && s.at < limit) return pick(s);
      }
      return undefined;
    },
    resolve(subject, at) {
      switch (subject.kind) {
        case 'entity': {
          // "The Ministry" found as a name of its own stands for the last ministry named in full.
          const entity = byId.get(subject.id);
          const head = entity?.type === 'organization' ? entity.name.toLowerCase().replace(/^the\s+/u, '') : '';
          if (!ORGANIZATION_HEADS.includes(head)) return asResolved(subject.id);
          const named = (e: Entity) => e.id !== subject.id && [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(head));
          return lastOrganization(at, named) ?? asResolved(subject.id);
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
          const anyone = [...people.keys()].filter((id) => hasRole(id, subject.role));
          if (anyone.length === 1) return asResolved(anyone[0]!);
          // "the TV personality added": a role the text never gave anyone stands for the person who just spoke.
          const recent = lastSpokeBefore(at);
          return recent?.speaker && recent.personLike ? recent : unnamed(true);
        }
        case 'organization-role': {
          const fits = (e: Entity) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(subject.head));
          const named = lastOrganization(at, fits);
          if (named) return named;
          // "Boeing said … The company said": a generic head stands for the organization the story is about.
          if (!GENERIC_ORGANIZATION_HEADS.has(subject.head)) return unnamed(false);
          const recent = mentions.findLast((m) => m.entity.type === 'organization' && before(m, at) && near(m, at));
          return recent ? asResolved(recent.entity.id) : unnamed(false);
        }
      }
    },
  };
}
