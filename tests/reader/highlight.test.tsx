import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ID, fixtureArticle, liveRegion, mentionCount, renderApp, serveArticle } from './test-utils';

const url = `/a/${ARTICLE_ID}`;
const entityButton = (id: string) => {
  const button = document.querySelector<HTMLButtonElement>(`button[data-entity="${id}"]`);
  if (!button) throw new Error(`no entity button ${id}`);
  return button;
};
const marks = (id?: string) => [...document.querySelectorAll(id ? `mark[data-entity="${id}"]` : 'mark')];

describe('highlight', () => {
  it('marks every mention of the entity, aliases included, and toggles aria-pressed', async () => {
    serveArticle();
    const { user, router } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    expect(marks()).toHaveLength(0);
    const button = entityButton('sergei-lavrov');
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    const found = marks('sergei-lavrov');
    expect(found).toHaveLength(mentionCount(fixtureArticle(), 'sergei-lavrov'));
    expect(new Set(found.map((m) => m.textContent))).toEqual(new Set(['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov']));
    expect(marks()).toHaveLength(found.length);
    expect(router.state.location.search).toBe('?highlight=sergei-lavrov');
    expect(liveRegion()).toBe('Highlighting Sergei Lavrov: 12 mentions');
    expect(screen.getByRole('group', { name: 'Highlighted mentions' })).toHaveTextContent('12 mentions');

    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(marks()).toHaveLength(0);
    expect(screen.queryByRole('group', { name: 'Highlighted mentions' })).toBeNull();
  });

  it('marks mentions in headings too (a heading is its own span target)', async () => {
    serveArticle();
    const { user } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    await user.click(entityButton('vladimir-putin'));
    const heading = screen.getByRole('heading', { level: 2, name: /Putin-Trump Meeting/ });
    expect(within(heading).getByText('Putin').tagName).toBe('MARK');
    expect(marks('vladimir-putin')).toHaveLength(mentionCount(fixtureArticle(), 'vladimir-putin'));
  });

  it('highlights several entities at once, each with its own type and shade', async () => {
    serveArticle();
    const { user, router } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    await user.click(entityButton('sergei-lavrov'));
    await user.click(entityButton('vladimir-putin'));
    await user.click(entityButton('kiev'));
    const article = fixtureArticle();
    expect(marks('sergei-lavrov')).toHaveLength(mentionCount(article, 'sergei-lavrov'));
    expect(marks('vladimir-putin')).toHaveLength(mentionCount(article, 'vladimir-putin'));
    expect(marks('kiev')).toHaveLength(2);
    expect(marks('sergei-lavrov')[0]).toHaveAttribute('data-shade', '0');
    expect(marks('vladimir-putin')[0]).toHaveAttribute('data-shade', '1');
    expect(marks('kiev')[0]).toHaveAttribute('data-type', 'place');
    expect(router.state.location.search).toBe('?highlight=sergei-lavrov,vladimir-putin,kiev');
    expect(screen.getByRole('group', { name: 'Highlighted mentions' })).toHaveTextContent('26 mentions');
  });

  it('moves through mentions with next/previous, Enter/Shift+Enter and arrows, scrolling each to the middle', async () => {
    serveArticle();
    const { user } = renderApp(`${url}?highlight=sergei-lavrov`);
    const next = await screen.findByRole('button', { name: 'Next mention' });
    const status = () => document.querySelector('[data-find-status]')?.textContent;
    const current = () => document.querySelector('mark[aria-current="true"]');
    expect(status()).toBe('12 mentions');

    await user.click(next);
    expect(status()).toBe('1 of 12 mentions');
    expect(current()).toBe(marks('sergei-lavrov')[0]);
    await waitFor(() => expect(current()?.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' })));

    await user.keyboard('{Enter}');
    expect(status()).toBe('2 of 12 mentions');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(status()).toBe('1 of 12 mentions');
    await user.keyboard('{ArrowLeft}');
    expect(status()).toBe('12 of 12 mentions');
    expect(current()).toBe(marks('sergei-lavrov')[11]);
    await user.keyboard('{ArrowRight}');
    expect(status()).toBe('1 of 12 mentions');
    expect(liveRegion()).toBe('Mention 1 of 12');

    await user.click(screen.getByRole('button', { name: 'Clear highlights' }));
    expect(marks()).toHaveLength(0);
  });

  it('clicking a mention in the text selects its entity', async () => {
    serveArticle();
    const { user, router } = renderApp(url);
    await screen.findByRole('heading', { level: 1 });
    const mention = document.querySelector<HTMLElement>('[data-mention-of="vladimir-putin"]');
    if (!mention) throw new Error('no Putin mention');
    await user.click(mention);
    expect(entityButton('vladimir-putin')).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?highlight=vladimir-putin');
    expect(marks('vladimir-putin')).toHaveLength(12);
    expect(document.querySelector('mark[aria-current="true"]')).toHaveTextContent('Putin');
  });

  it('restores highlights from the URL and Back undoes a highlight', async () => {
    serveArticle();
    const { user, router } = renderApp(`${url}?highlight=russia`);
    await screen.findByRole('heading', { level: 1 });
    expect(marks('russia')).toHaveLength(mentionCount(fixtureArticle(), 'russia'));
    await user.click(entityButton('ukraine'));
    expect(marks('ukraine').length).toBeGreaterThan(0);
    await router.navigate(-1);
    await waitFor(() => expect(marks('ukraine')).toHaveLength(0));
    expect(marks('russia').length).toBeGreaterThan(0);
  });
});
