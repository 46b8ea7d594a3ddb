// A function of a word remembered per word: OCR'd tables repeat their words on every row. Bounded,
// so that a long batch run does not grow it without end: everything is forgotten at `limit` words.
export function remembered<T>(compute: (word: string) => T, limit = 50_000): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answers.set(word, (answer = compute(word)));
    }
    return answer;
  };
}
