import type { Classifier } from '@core/classify';
import type { Item, Score } from '@core/model';

const CHUNK = 512;

/** Scores every item with the classifier, in chunks that keep memory flat; same fields as the app stores. */
export async function scoreItems(classifier: Classifier, items: readonly Item[]): Promise<Score[]> {
  const scores: Score[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    const outputs = await classifier.classify(chunk.map((item) => ({ text: item.text })));
    chunk.forEach((item, index) => {
      const output = outputs[index]!;
      scores.push({
        itemId: item.id,
        modelId: classifier.modelId,
        language: output.language,
        status: output.status,
        scores: output.scores,
      });
    });
  }
  return scores;
}
