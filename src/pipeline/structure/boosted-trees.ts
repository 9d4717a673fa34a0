// A small multiclass gradient-boosted tree model (softmax loss, shallow regression trees): training and prediction.

/** A regression tree node: a split on one feature, or a leaf value. */
export type TreeNode = { f: number; t: number; l: TreeNode; r: TreeNode } | { v: number };

/** The committed model: one tree per class per round, added to each class's score. */
export type BoostedTrees = {
  classes: string[];
  features: string[];
  learningRate: number;
  /** rounds[r][c]: the tree of round r for class c. */
  rounds: TreeNode[][];
};

/** `classWeights[c]` scales the loss of class c's samples (rare classes weigh more so that they are not ignored). */
export type TrainOptions = { rounds: number; depth: number; learningRate: number; minLeaf: number; l2: number; classWeights: number[] };

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { rounds: 150, depth: 2, learningRate: 0.2, minLeaf: 4, l2: 1, classWeights: [1, 1, 1] };

const evaluate = (node: TreeNode, x: readonly number[]): number => {
  let at = node;
  while (!('v' in at)) at = (x[at.f] ?? 0) <= at.t ? at.l : at.r;
  return at.v;
};

/** Class probabilities for one feature vector. */
export function predict(model: BoostedTrees, x: readonly number[]): number[] {
  const scores = model.classes.map(() => 0);
  for (const round of model.rounds) for (let c = 0; c < round.length; c++) scores[c]! += model.learningRate * evaluate(round[c]!, x);
  return softmax(scores);
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Candidate thresholds of one feature: midpoints between distinct sorted values (at most 32 of them). */
function thresholds(values: number[]): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const mids: number[] = [];
  for (let i = 1; i < distinct.length; i++) mids.push((distinct[i - 1]! + distinct[i]!) / 2);
  if (mids.length <= 32) return mids;
  const step = mids.length / 32;
  return Array.from({ length: 32 }, (_, k) => mids[Math.floor(k * step)]!);
}

/** The training set binned once: `bins[i][f]` is the index of the first cut at or above sample i's feature f. */
type Binned = { bins: Uint8Array[]; cuts: number[][] };

function binSamples(X: number[][], cuts: number[][]): Binned {
  const bins = X.map((x) =>
    Uint8Array.from(cuts.map((c, f) => {
      let k = 0;
      while (k < c.length && x[f]! > c[k]!) k++;
      return k;
    })),
  );
  return { bins, cuts };
}

/**
 * Grows one regression tree on gradients `g` and hessians `h` (Newton leaves, L2-regularised). Each node sums
 * gradients per feature bin in one pass over its rows, then scans the bins: linear in rows × features.
 */
function growTree(data: Binned, rows: number[], g: number[], h: number[], depth: number, o: TrainOptions): TreeNode {
  let G = 0;
  let H = 0;
  for (const i of rows) {
    G += g[i]!;
    H += h[i]!;
  }
  const leaf = { v: G / (H + o.l2) };
  if (depth === 0 || rows.length < 2 * o.minLeaf) return leaf;
  const parentGain = (G * G) / (H + o.l2);
  let best = { gain: 1e-9, f: -1, k: 0 };
  for (let f = 0; f < data.cuts.length; f++) {
    const nCuts = data.cuts[f]!.length;
    if (nCuts === 0) continue;
    const sumG = new Float64Array(nCuts + 1);
    const sumH = new Float64Array(nCuts + 1);
    const count = new Int32Array(nCuts + 1);
    for (const i of rows) {
      const k = data.bins[i]![f]!;
      sumG[k]! += g[i]!;
      sumH[k]! += h[i]!;
      count[k]!++;
    }
    let GL = 0;
    let HL = 0;
    let nL = 0;
    // Splitting at cut k sends bins 0..k (values <= cuts[k]) left.
    for (let k = 0; k < nCuts; k++) {
      GL += sumG[k]!;
      HL += sumH[k]!;
      nL += count[k]!;
      if (nL < o.minLeaf || rows.length - nL < o.minLeaf) continue;
      const GR = G - GL;
      const HR = H - HL;
      const gain = (GL * GL) / (HL + o.l2) + (GR * GR) / (HR + o.l2) - parentGain;
      if (gain > best.gain) best = { gain, f, k };
    }
  }
  if (best.f < 0) return leaf;
  const left = rows.filter((i) => data.bins[i]![best.f]! <= best.k);
  const right = rows.filter((i) => data.bins[i]![best.f]! > best.k);
  return { f: best.f, t: data.cuts[best.f]![best.k]!, l: growTree(data, left, g, h, depth - 1, o), r: growTree(data, right, g, h, depth - 1, o) };
}

/** Trains the model on feature vectors `X` with class indices `y`; deterministic for the same data and options. */
export function trainBoostedTrees(X: number[][], y: number[], classes: string[], features: string[], o: TrainOptions = DEFAULT_TRAIN_OPTIONS): BoostedTrees {
  const K = classes.length;
  const data = binSamples(X, features.map((_, f) => thresholds(X.map((x) => x[f]!))));
  const scores = X.map(() => new Array<number>(K).fill(0));
  const rows = X.map((_, i) => i);
  const model: BoostedTrees = { classes, features, learningRate: o.learningRate, rounds: [] };
  for (let r = 0; r < o.rounds; r++) {
    const probs = scores.map(softmax);
    const round: TreeNode[] = [];
    for (let c = 0; c < K; c++) {
      const w = (i: number) => o.classWeights[y[i]!] ?? 1;
      const g = probs.map((p, i) => w(i) * ((y[i] === c ? 1 : 0) - p[c]!));
      const h = probs.map((p, i) => w(i) * Math.max(1e-6, p[c]! * (1 - p[c]!)));
      const tree = growTree(data, rows, g, h, o.depth, o);
      round.push(tree);
    }
    for (let i = 0; i < X.length; i++) for (let c = 0; c < K; c++) scores[i]![c]! += o.learningRate * evaluate(round[c]!, X[i]!);
    model.rounds.push(round);
  }
  return model;
}
