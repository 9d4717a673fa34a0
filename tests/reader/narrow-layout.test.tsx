import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_ID, renderApp, serveArticle } from './test-utils';

describe('narrow screens (< 768 px)', () => {
  beforeEach(() => {
    const wide = window.matchMedia;
    window.matchMedia = (query: string) => ({ ...wide(query), matches: false });
  });

  it('puts entities and quotes behind a bottom bar that opens a modal sheet and returns focus on close', async () => {
    serveArticle();
    const { user } = renderApp(`/a/${ARTICLE_ID}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('complementary')).toBeNull();
    const bar = screen.getByRole('navigation', { name: 'Story tools' });
    const open = within(bar).getByRole('button', { name: 'Entities' });
    await user.click(open);
    const sheet = screen.getByRole('dialog', { name: 'Entities' });
    await user.click(within(sheet).getByRole('button', { name: /^Sergei Lavrov/ }));
    expect(document.querySelectorAll('mark[data-entity="sergei-lavrov"]')).toHaveLength(12);
    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(bar).getByRole('button', { name: 'Entities (1 on)' })).toHaveFocus();
  });

  it('shows quotes in the sheet and closes it when one is chosen', async () => {
    serveArticle();
    const { user, router } = renderApp(`/a/${ARTICLE_ID}`);
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Quotes (7)' }));
    const sheet = screen.getByRole('dialog', { name: 'Quotes' });
    await user.click(within(sheet).getAllByRole('link')[1] as HTMLElement);
    expect(router.state.location.search).toBe('?quote=q2');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelector('[data-quote="q2"]')).toHaveAttribute('data-active', 'true');
  });
});
