import { screen } from '@testing-library/react';
import { memo, type ComponentProps, type FunctionComponent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ARTICLE_ID, renderApp, serveArticle } from './test-utils';

// Count renders of each block's text by wrapping the real memoised component's inner function.
const renders: string[] = [];
vi.mock('../../src/reader/features/story/segmented-text', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/reader/features/story/segmented-text')>();
  type Props = ComponentProps<typeof actual.SegmentedText>;
  const inner = (actual.SegmentedText as unknown as { type: FunctionComponent<Props> }).type;
  const Counted = memo(function Counted(props: Props) {
    renders.push(props.segments.map((s) => s.text).join(''));
    return inner(props);
  });
  return { ...actual, SegmentedText: Counted };
});

describe('render cost', () => {
  it('highlighting an entity re-renders only the texts that mention it', async () => {
    serveArticle();
    const { user } = renderApp(`/a/${ARTICLE_ID}`);
    await screen.findByRole('heading', { level: 1 });
    renders.length = 0;
    await user.click(document.querySelector('button[data-entity="yury-ushakov"]') as HTMLElement);
    expect(document.querySelectorAll('mark')).toHaveLength(1);
    expect(renders).toHaveLength(1);
    expect(renders[0]).toMatch(/^Kremlin aide Yury Ushakov said/);
  });
});
