// The learned line model: decides whether each line the rules left free is a sub-headline, body text or furniture.
import type { Line, LineKind } from '../types';
import { predict, type BoostedTrees } from './boosted-trees';
import { FEATURE_NAMES, lineFeatures } from './line-features';
import trained from './line-model.json' with { type: 'json' };

/** What the model says a free line is. */
export type LineLabel = 'body' | 'heading' | 'furniture';
export const LINE_LABELS: readonly LineLabel[] = ['body', 'heading', 'furniture'];

/**
 * How much each wrong call costs, as weights on the probabilities: losing a line of the story (body taken for
 * furniture) costs twice as much as leaving a furniture line in it. The decision is the largest weighted probability.
 */
export const DECISION_WEIGHTS: readonly number[] = [2, 1, 1];

/** The label for a line's class probabilities (in LINE_LABELS order). */
export function decide(probs: readonly number[]): LineLabel {
  let best = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c]! * DECISION_WEIGHTS[c]! > probs[best]! * DECISION_WEIGHTS[best]!) best = c;
  return LINE_LABELS[best]!;
}

/** The committed model (src/pipeline/structure/line-model.json). */
export const LINE_MODEL = (trained as { model: BoostedTrees }).model;
/** Models whose features were checked, on first use, so that the training script can load the rules before any model exists. */
const checked = new WeakSet<BoostedTrees>();

/**
 * Labels every free line (kind `null`), from its features and its neighbours'; other lines get `null`. `model` is
 * the committed one unless a cross-validation passes the model of a fold.
 */
export function classifyFreeLines(lines: Line[], kinds: readonly (LineKind | null)[], model: BoostedTrees = LINE_MODEL): (LineLabel | null)[] {
  if (!checked.has(model)) {
    if (model.features.join() !== FEATURE_NAMES.join()) throw new Error('src/pipeline/structure/line-model.json was trained on other features: run `npm run train:structure`');
    checked.add(model);
  }
  const features = lineFeatures(lines, kinds);
  return lines.map((_, i) => {
    if (kinds[i] !== null) return null;
    return decide(predict(model, features[i]!));
  });
}
