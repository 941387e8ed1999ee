/** The real knowledge base, code dictionary and classifier, loaded once for all tests. */
import { Classifier } from '../../src/core/classifier';
import type { KnowledgeBase } from '../../src/core/knowledge/base';
import type { CodeDictionary } from '../../src/core/codes';
import { loadCodeDictionary, loadKnowledge } from '../../src/knowledge-loader';
import { describeWith, Troubleshooter } from '../../src/bot/troubleshooter';

let cached: { kb: KnowledgeBase; dictionary: CodeDictionary; classifier: Classifier; troubleshooter: Troubleshooter } | undefined;

export function realKnowledge(): NonNullable<typeof cached> {
  if (!cached) {
    const kb = loadKnowledge();
    const dictionary = loadCodeDictionary().dictionary;
    const classifier = new Classifier(kb, { dictionary });
    cached = { kb, dictionary, classifier, troubleshooter: new Troubleshooter(kb, classifier, describeWith(dictionary)) };
  }
  return cached;
}
