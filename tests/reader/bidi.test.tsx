/**
 * Article text with bidi controls or right-to-left letters is isolated wherever the app puts it beside its own
 * words (the tab title, control names, live-region messages, "Not mentioned: …", the find bar, quotes), so an
 * unclosed override flips nothing of the app's; plain text is left exactly as it is.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/reader/lib/bidi';
import { ARTICLE_ID, fixtureArticle, liveRegion, renderApp, serveArticle } from './test-utils';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';
const RLI = '\u2067';

describe('isolate', () => {
  it.each([
    ['plain left-to-right text, unchanged', 'Sergei Lavrov', 'Sergei Lavrov'],
    ['an unclosed override, wrapped (the PDI closes it)', `a${RLO}bc`, `${FSI}a${RLO}bc${PDI}`],
    ['right-to-left letters, wrapped', 'שלום', `${FSI}שלום${PDI}`],
    ['Arabic with a mark, wrapped', 'مرحبا\u200F', `${FSI}مرحبا\u200F${PDI}`],
    ['a PDI the text never opened, dropped (it would close the isolate early)', `x${PDI}${RLO}y`, `${FSI}x${RLO}y${PDI}`],
    ['an isolate the text leaves open, closed before ours', `x${RLI}y`, `${FSI}x${RLI}y${PDI}${PDI}`],
    ['balanced isolates inside, kept', `${RLI}y${PDI}z`, `${FSI}${RLI}y${PDI}z${PDI}`],
  ])('%s', (_, text, expected) => expect(isolate(text)).toBe(expected));
});

describe('article text beside the app’s words', () => {
  /** The fixture with an unclosed right-to-left override in the headline, a heading, and two people's names. */
  function overridden() {
    const article = fixtureArticle();
    const headline = `${article.headline} ${RLO}enil daeh`;
    article.headline = headline;
    article.sections[0]!.heading = headline;
    article.sections[1]!.heading = `${article.sections[1]!.heading}${RLO}`;
    const lavrov = article.entities.find((e) => e.id === 'sergei-lavrov')!;
    lavrov.name = `Sergei ${RLO}Lavrov`;
    const putin = article.entities.find((e) => e.id === 'vladimir-putin')!;
    putin.name = `Vladimir ${RLO}Putin`;
    return { article, lavrov, putin };
  }

  it('isolates the headline in the tab title, the heading in its link names, the name in its buttons and messages', async () => {
    const { article, lavrov, putin } = overridden();
    serveArticle(article);
    const { user } = renderApp(`/a/${ARTICLE_ID}`);
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe(`${FSI}${article.headline}${PDI} · Lede`);
    const heading = article.sections[1]!.heading;
    expect(screen.getByRole('link', { name: `Link to section: ${FSI}${heading}${PDI}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Copy link to section: ${FSI}${heading}${PDI}` })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Contents' })).getByRole('link', { name: `${FSI}${heading}${PDI}` })).toBeInTheDocument();

    expect(screen.getByRole('button', { name: `Show only sections with ${FSI}${lavrov.name}${PDI}` })).toBeInTheDocument();
    const highlight = screen.getByRole('button', { name: new RegExp(`^${FSI}Sergei ${RLO}Lavrov${PDI}`, 'u') });
    await user.click(highlight);
    expect(liveRegion()).toMatch(new RegExp(`^Highlighting ${FSI}Sergei ${RLO}Lavrov${PDI}: \\d+ mentions$`, 'u'));
    expect(document.querySelector('[data-find-bar] .find-name')?.textContent).toBe(`${FSI}${lavrov.name}${PDI}`);

    await user.click(screen.getByRole('button', { name: `Show only sections with ${FSI}${putin.name}${PDI}` }));
    expect(screen.getByRole('button', { name: `Person: ${FSI}${putin.name}${PDI} (remove filter)` })).toBeInTheDocument();
    const notes = [...document.querySelectorAll('.collapsed-note')].map((n) => n.textContent);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toBe(`Not mentioned: ${FSI}${RLO}Putin${PDI}`);
  });

  it('isolates URL text in the notices that quote it', async () => {
    serveArticle();
    renderApp(`/a/${ARTICLE_ID}?highlight=${encodeURIComponent(`x${RLO}y`)}#${encodeURIComponent(`${RLO}nope`)}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(`Section not found: “${FSI}${RLO}nope${PDI}”`)).toBeInTheDocument();
    expect(screen.getByText(`Ignored unknown entity '${FSI}x${RLO}y${PDI}' (in highlight)`)).toBeInTheDocument();
  });
});
