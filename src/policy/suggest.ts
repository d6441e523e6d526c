// "Did you mean" for names a user mistyped: model fields, tiers, rules, drift methods.

/** Optimal string alignment distance: Levenshtein plus swapping two neighbours ("modle" -> "model" is 1). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** The closest candidate when it is close enough to be a likely typo, else undefined. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = editDistance(w, c.toLowerCase());
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  const allowed = Math.min(2, Math.floor(word.length / 3));
  if (best === undefined || best === word) return undefined;
  return bestDistance <= Math.max(1, allowed) ? best : undefined;
}

/** "; did you mean 'model'?" or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const s = nearest(word, candidates);
  return s ? `; did you mean '${s}'?` : '';
}
