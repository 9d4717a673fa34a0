import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ID, fixtureArticle, liveRegion, renderApp, serveArticle } from './test-utils';

const url = `/a/${ARTICLE_ID}`;
const sectionIds = fixtureArticle().sections.map((s) => s.id);
const collapsed = () => sectionIds.filter((id) => document.getElementById(id)?.dataset.collapsed === 'true');
const filterStatus = () => document.querySelector('[data-filter-status]')?.textContent ?? null;
const quoteLinks = () => within(screen.getByRole('region', { name: /Quotes/ })).queryAllByRole('link');

describe('filter by person or country', () => {
  it('a person filter narrows the story to sections mentioning them, and the quotes list follows', async () => {
    serveArticle();
    const { user, router } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    expect(quoteLinks()).toHaveLength(7);

    await user.click(screen.getByRole('button', { name: 'Show only sections with Vladimir Putin' }));
    expect(router.state.location.search).toBe('?person=vladimir-putin');
    expect(filterStatus()).toBe('Showing 2 of 4 sections');
    expect(liveRegion()).toBe('Showing 2 of 4 sections');
    expect(collapsed()).toEqual([sectionIds[0], sectionIds[1]]);
    // Collapsed sections keep their heading and say who is missing.
    const second = document.getElementById(sectionIds[1] ?? '');
    expect(within(second as HTMLElement).getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(within(second as HTMLElement).getByText('Not mentioned: Putin')).toBeInTheDocument();
    expect(second?.querySelectorAll('p[data-block], figure')).toHaveLength(0);
    expect(quoteLinks()).toHaveLength(0);
    expect(screen.getByText('No quotes match the filter.')).toBeInTheDocument();

    // A second person: sections mentioning both; quotes by either, in those sections.
    await user.click(screen.getByRole('button', { name: 'Show only sections with Sergei Lavrov' }));
    expect(filterStatus()).toBe('Showing 2 of 4 sections');
    expect(quoteLinks().map((a) => a.getAttribute('data-quote-link'))).toEqual(['q6', 'q7']);
    expect(screen.getByRole('button', { name: 'Show only sections with Sergei Lavrov' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('a country filter also matches places in that country, and says so', async () => {
    // Without its own mentions, Ukraine is found only through Kiev, Kharkov, Donbas and Crimea.
    const article = fixtureArticle();
    const ukraine = article.entities.find((e) => e.id === 'ukraine');
    if (!ukraine) throw new Error('fixture changed');
    ukraine.mentions = [];
    serveArticle(article);
    const { user } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Show only sections with Ukraine' }));
    expect(filterStatus()).toBe('Showing 1 of 4 sections');
    expect(collapsed()).toEqual(sectionIds.slice(0, 3));
    expect(screen.getByText('Ukraine includes places in it: Kiev, Kharkov, Donbas, Crimea.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Country: Ukraine (remove filter)' })).toBeInTheDocument();
  });

  it('clears filters in one click, and a chip removes one filter', async () => {
    serveArticle();
    const { user, router } = renderApp(`${url}?person=vladimir-putin&country=ukraine&highlight=russia`);
    await screen.findByRole('heading', { level: 1 });
    expect(filterStatus()).toBe('Showing 1 of 4 sections');
    await user.click(screen.getByRole('button', { name: 'Country: Ukraine (remove filter)' }));
    expect(filterStatus()).toBe('Showing 2 of 4 sections');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(collapsed()).toEqual([]);
    expect(filterStatus()).toBeNull();
    expect(liveRegion()).toBe('Showing all 4 sections');
    // Highlights are a separate thing and stay.
    expect(router.state.location.search).toBe('?highlight=russia');
  });
});
