/**
 * One article view: reads the view from the URL (parsed in article-view-state.ts), derives what to show,
 * and wires the features together. View changes are navigations, so Back/Forward move between views.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import type { Article, Entity } from '../../contract/article';
import { domIds } from '../../contract/dom-ids';
import { useStoryEntityKeys } from '../api/get-story-entity-keys';
import { useAnnounce } from '../components/live-region';
import { Notice } from '../components/notice';
import { MAIN_ID } from '../components/page-frame';
import { Sheet } from '../components/sheet';
import { paths, type ArticleViewParams, type StoryHref } from '../config/paths';
import { ContentsNav } from '../features/contents/contents-nav';
import { EntityPanel } from '../features/entities/entity-panel';
import { FilterBar, type FilterChip } from '../features/filters/filter-bar';
import { FindBar } from '../features/highlight/find-bar';
import { QuoteList, type QuoteItem } from '../features/quotes/quote-list';
import { Story } from '../features/story/story';
import { useActiveSection } from '../hooks/use-active-section';
import { useHydrated } from '../hooks/use-hydrated';
import { scrollBehavior, useMediaQuery } from '../hooks/use-media-query';
import { buildArticleModel, ENTITY_GROUPS, sectionMentions, shortName, visibleSections, type MentionRef } from '../lib/article-model';
import { isolate } from '../lib/bidi';
import { clip, plural } from '../lib/format';
import { describeIgnored, parseArticleView, type ArticleViewState } from './article-view-state';

const SHADES = 3;
const NO_PARAMS = new URLSearchParams();
const EXCERPT = 110;

const toggle = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

interface ArticleViewProps {
  article: Article;
  /** Builds the story's own links (views, sections); a published article's by default. */
  links?: StoryHref;
  /** Whether the story belongs to the published collection, whose entity pages the sidebar links to. */
  inCollection?: boolean;
  /** Shown at the top of the story's main column (e.g. where a story read on this device is kept). */
  preface?: ReactNode;
}

export function ArticleView({ article, links: givenLinks, inCollection = true, preface }: ArticleViewProps) {
  const links = useMemo(() => givenLinks ?? paths.article.links(article.id), [givenLinks, article.id]);
  const model = useMemo(() => buildArticleModel(article), [article]);
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  // Prerendered pages carry the wide layout (the sidebar reads without JavaScript at any width); phones switch after hydration.
  const wide = useMediaQuery('(min-width: 768px)', true);
  // A static host serves the same HTML whatever the query and fragment: hydrate the plain article, then apply them.
  const hydrated = useHydrated();
  const urlSearch = hydrated ? searchParams : NO_PARAMS;
  const urlHash = hydrated ? location.hash : '';

  const view: ArticleViewState = useMemo(() => parseArticleView(urlSearch, article), [urlSearch, article]);
  const params: ArticleViewParams = useMemo(
    () => ({ highlight: view.highlight, person: view.person, country: view.country, quote: view.quote }),
    [view],
  );
  const go = useCallback((next: ArticleViewParams) => navigate(links({ ...params, ...next })), [navigate, links, params]);

  // --- Filters -------------------------------------------------------------------------------------------------
  const chosen = useMemo(() => [...view.person, ...view.country], [view.person, view.country]);
  const visible = useMemo(() => visibleSections(model, chosen), [model, chosen]);
  const missing = useMemo(() => {
    const out = new Map<string, string[]>();
    for (const s of article.sections) {
      if (visible.has(s.id)) continue;
      out.set(
        s.id,
        chosen.filter((id) => !sectionMentions(model, s.id, id)).map((id) => {
          const e = model.entityById.get(id);
          return e ? shortName(e) : id;
        }),
      );
    }
    return out;
  }, [article.sections, visible, chosen, model]);

  // --- Highlight ----------------------------------------------------------------------------------------------
  const highlighted = useMemo(() => {
    const perType = new Map<string, number>();
    const out = new Map<string, number>();
    for (const id of view.highlight) {
      const type = model.entityById.get(id)?.type ?? 'person';
      const n = perType.get(type) ?? 0;
      perType.set(type, n + 1);
      out.set(id, n % SHADES);
    }
    return out;
  }, [view.highlight, model]);

  const marksFor = useCallback(
    (targetId: string) => {
      const present = model.entitiesIn.get(targetId);
      if (!present || highlighted.size === 0) return '';
      return [...highlighted]
        .filter(([id]) => present.has(id))
        .map(([id, shade]) => `${id}:${model.entityById.get(id)?.type ?? ''}:${shade}`)
        .join(';');
    },
    [model, highlighted],
  );

  /** Highlighted mentions that are on the page (headings always; blocks of collapsed sections are not). */
  const navList: MentionRef[] = useMemo(
    () =>
      view.highlight
        .flatMap((id) => model.mentionsOf.get(id) ?? [])
        .filter((m) => m.target === m.sectionId || visible.has(m.sectionId))
        .sort((a, b) => a.rank - b.rank),
    [view.highlight, model, visible],
  );
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const position = currentKey === null ? -1 : navList.findIndex((m) => m.key === currentKey);
  const current = position >= 0 ? navList[position] : undefined;

  const scrollToMention = useCallback((key: string) => {
    requestAnimationFrame(() => {
      document.querySelector(`[data-mention="${CSS.escape(key)}"]`)?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
    });
  }, []);
  const move = (step: 1 | -1) => {
    if (navList.length === 0) return;
    const from = position >= 0 ? position : step === 1 ? -1 : 0;
    const next = (from + step + navList.length) % navList.length;
    const target = navList[next];
    if (!target) return;
    setCurrentKey(target.key);
    scrollToMention(target.key);
    announce(`Mention ${next + 1} of ${navList.length}`);
  };

  const countOnPage = useCallback(
    (ids: readonly string[]) => ids.flatMap((id) => model.mentionsOf.get(id) ?? []).filter((m) => m.target === m.sectionId || visible.has(m.sectionId)).length,
    [model, visible],
  );

  const toggleHighlight = (entityId: string) => {
    const entity = model.entityById.get(entityId);
    const next = toggle(view.highlight, entityId);
    go({ highlight: next });
    if (!entity) return;
    const name = isolate(entity.name);
    if (next.includes(entityId)) announce(`Highlighting ${name}: ${plural(countOnPage([entityId]), 'mention')}`);
    else announce(next.length ? `Stopped highlighting ${name}; ${plural(countOnPage(next), 'mention')} highlighted` : `Stopped highlighting ${name}`);
  };
  const clearHighlight = () => {
    go({ highlight: [] });
    setCurrentKey(null);
    announce('Highlights cleared');
  };
  const onMentionClick = useCallback(
    (entityId: string, key: string) => {
      const entity = model.entityById.get(entityId);
      setCurrentKey(key);
      if (!view.highlight.includes(entityId)) {
        go({ highlight: [...view.highlight, entityId] });
        if (entity) announce(`Highlighting ${isolate(entity.name)}: ${plural(countOnPage([entityId]), 'mention')}`);
      }
    },
    [model, view.highlight, go, announce, countOnPage],
  );

  // --- Filter actions -------------------------------------------------------------------------------------------
  const announceFilter = (person: string[], country: string[]) => {
    const ids = [...person, ...country];
    const shown = visibleSections(model, ids).size;
    announce(ids.length ? `Showing ${shown} of ${plural(article.sections.length, 'section')}` : `Showing all ${plural(article.sections.length, 'section')}`);
  };
  const toggleFilter = (entity: Pick<Entity, 'id' | 'type'>) => {
    const person = entity.type === 'person' ? toggle(view.person, entity.id) : view.person;
    const country = entity.type === 'country' ? toggle(view.country, entity.id) : view.country;
    go({ person, country });
    announceFilter(person, country);
  };
  const clearFilters = () => {
    go({ person: [], country: [] });
    announceFilter([], []);
  };
  const chips: FilterChip[] = [...view.person, ...view.country].map((id) => {
    const e = model.entityById.get(id);
    return { id, kind: e?.type === 'country' ? 'country' : 'person', name: e?.name ?? id, places: (model.placesOf.get(id) ?? []).map((p) => p.name) };
  });

  // --- Quotes ---------------------------------------------------------------------------------------------------
  const quoteItems: QuoteItem[] = article.quotes
    .filter((q) => (view.person.length === 0 || (q.speaker !== null && view.person.includes(q.speaker))) && (chosen.length === 0 || visible.has(model.sectionOf.get(q.block) ?? '')))
    .map((q) => ({
      id: q.id,
      excerpt: clip(q.text, EXCERPT, { atWord: true }),
      speaker: (q.speaker && model.entityById.get(q.speaker)?.name) || 'Unattributed',
      href: links({ ...params, quote: q.id }),
    }));
  const quoteNote = view.person.length
    ? `Quotes by ${view.person.map((id) => isolate(model.entityById.get(id)?.name ?? id)).join(' or ')}${view.country.length ? ' in the sections shown' : ''}`
    : view.country.length
      ? 'Quotes in the sections shown'
      : null;
  const activeQuote = view.quote;
  const activeQuoteTarget = activeQuote ? (model.quoteById.get(activeQuote)?.block ?? null) : null;

  // --- Sections, deep links and scrolling -------------------------------------------------------------------------
  const sectionIds = useMemo(() => article.sections.map((s) => s.id), [article.sections]);
  const [activeSection, setActiveSection] = useActiveSection(sectionIds);
  const sectionHref = useCallback((sectionId: string) => links(params, sectionId), [links, params]);

  const hashId = (() => {
    try {
      return decodeURIComponent(urlHash.slice(1));
    } catch {
      return urlHash.slice(1);
    }
  })();
  const unknownSection = hashId !== '' && !sectionIds.includes(hashId);

  // Opening a link (or Back/Forward to one) with #section scrolls there, focuses the heading and marks it in the
  // contents — before the browser paints, so the new view shows in the click's own frame.
  useLayoutEffect(() => {
    if (!hashId || !sectionIds.includes(hashId)) return;
    const heading = document.getElementById(domIds.heading(hashId));
    document.getElementById(domIds.section(hashId))?.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
    heading?.focus({ preventScroll: true });
    setActiveSection(hashId);
  }, [location.key, hashId, sectionIds, setActiveSection]);

  // Choosing a quote (or opening a ?quote= link) scrolls to it.
  const lastQuote = useRef<string | null>(null);
  useEffect(() => {
    if (activeQuote === lastQuote.current) return;
    lastQuote.current = activeQuote;
    if (!activeQuote) return;
    document.getElementById(domIds.quote(activeQuote))?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
    const q = model.quoteById.get(activeQuote);
    if (q) announce(`Quote by ${isolate((q.speaker && model.entityById.get(q.speaker)?.name) || 'an unattributed speaker')}`);
  }, [activeQuote, model, announce]);

  const onCopyLink = useCallback(
    (sectionId: string, heading: string) => {
      const url = paths.absolute(sectionHref(sectionId));
      const done = () => announce('Link copied');
      if (navigator.clipboard?.writeText) {
        navigator.clipboard.writeText(url).then(done, () => announce(`Could not copy. The link is ${url}`));
      } else announce(`Could not copy ${isolate(heading)}. The link is ${url}`);
    },
    [sectionHref, announce],
  );

  // --- Narrow screens: sidebar in a sheet -------------------------------------------------------------------------
  const [sheet, setSheet] = useState<'entities' | 'quotes' | null>(null);
  const closeSheet = useCallback(() => setSheet(null), [setSheet]);

  const groups = ENTITY_GROUPS.map((g) => ({ ...g, entities: model.groups[g.type] }));
  const filtered = new Set(chosen);
  const counts = useMemo(() => new Map([...model.mentionsOf].map(([id, list]) => [id, list.length])), [model]);
  const entityKeys = useStoryEntityKeys(article.id, inCollection);
  const pageHrefs = useMemo(() => new Map([...entityKeys].map(([id, key]) => [id, paths.entity.href(key)])), [entityKeys]);
  const entityPanel = (
    <EntityPanel groups={groups} photoCredits={model.photoCredits} counts={counts} highlighted={highlighted} filtered={filtered} pageHrefs={pageHrefs} onToggleHighlight={toggleHighlight} onToggleFilter={toggleFilter} />
  );
  const chooseQuote = (quoteId: string) => {
    if (!wide) closeSheet();
    // Following the link to the quote already chosen changes nothing in the URL: scroll to it again by hand.
    if (quoteId === activeQuote) document.getElementById(domIds.quote(quoteId))?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  };
  const quoteList = <QuoteList quotes={quoteItems} total={article.quotes.length} activeQuote={activeQuote} filterNote={quoteNote} onChoose={chooseQuote} />;

  const startHref = links(params);
  const hiddenQuote = activeQuote && activeQuoteTarget && !visible.has(model.sectionOf.get(activeQuoteTarget) ?? '');

  return (
    <div className="article-layout">
      <title>{`${isolate(article.headline)} · Lede`}</title>
      <ContentsNav
        activeId={activeSection}
        items={article.sections.map((s) => ({ id: s.id, heading: s.heading, href: sectionHref(s.id), hidden: !visible.has(s.id) }))}
      />
      <main id={MAIN_ID} tabIndex={-1} className="story">
        {preface}
        {unknownSection ? (
          <Notice title={`Section not found: “${isolate(clip(hashId, 60))}”`}>
            <p>
              This article has no such section. <Link to={startHref}>Go to the start of the article</Link> or <Link to={paths.library.href()}>back to the library</Link>.
            </p>
          </Notice>
        ) : null}
        {view.ignored.length ? (
          <Notice title="Parts of this link were not understood">
            <ul className="ignored">
              {view.ignored.map((item, i) => (
                <li key={i}>{describeIgnored(item)}</li>
              ))}
            </ul>
            <p>
              The rest of the view is shown. <Link to={startHref}>Go to the start of the article</Link> or <Link to={paths.library.href()}>back to the library</Link>.
            </p>
          </Notice>
        ) : null}
        {hiddenQuote ? <Notice title="The chosen quote is in a section hidden by the filter." /> : null}
        <FilterBar
          chips={chips}
          shown={visible.size}
          total={article.sections.length}
          onRemove={(chip) => toggleFilter({ id: chip.id, type: chip.kind })}
          onClear={clearFilters}
        />
        {view.highlight.length ? (
          <FindBar
            names={view.highlight.map((id) => {
              const e = model.entityById.get(id);
              return { id, name: e?.name ?? id, type: e?.type ?? 'person', shade: highlighted.get(id) ?? 0 };
            })}
            count={navList.length}
            hidden={view.highlight.reduce((n, id) => n + (counts.get(id) ?? 0), 0) - navList.length}
            position={position >= 0 ? position : null}
            onPrevious={() => move(-1)}
            onNext={() => move(1)}
            onClear={clearHighlight}
          />
        ) : null}
        <Story
          model={model}
          visible={visible}
          missing={missing}
          marksFor={marksFor}
          currentKey={current?.key ?? null}
          currentTarget={current?.target ?? null}
          activeQuote={activeQuote}
          activeQuoteTarget={activeQuoteTarget}
          sectionHref={sectionHref}
          onCopyLink={onCopyLink}
          onMentionClick={onMentionClick}
        />
      </main>
      {wide ? (
        <aside className="sidebar" aria-label="Entities and quotes">
          {entityPanel}
          {quoteList}
        </aside>
      ) : (
        <>
          <nav className="bottom-bar" aria-label="Story tools">
            <button type="button" className="button" aria-haspopup="dialog" onClick={() => setSheet('entities')}>
              Entities{view.highlight.length ? ` (${view.highlight.length} on)` : ''}
            </button>
            <button type="button" className="button" aria-haspopup="dialog" onClick={() => setSheet('quotes')}>
              Quotes ({quoteItems.length})
            </button>
          </nav>
          <Sheet title={sheet === 'quotes' ? 'Quotes' : 'Entities'} open={sheet !== null} onClose={closeSheet}>
            {sheet === 'quotes' ? quoteList : entityPanel}
          </Sheet>
        </>
      )}
    </div>
  );
}
