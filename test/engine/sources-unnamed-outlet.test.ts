import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

// Made-up article (issue 16, sources): an outlet the article describes rather than names.

describe('an outlet the article does not name is still an outlet', () => {
  it('"A Danish newspaper reported ..." and "the network said ..." are outlet sources', () => {
    const sources = brief({
      text: 'A Danish newspaper reported that the minister met the envoy. Later the network said the talks had failed.',
    }).sources.map((s) => [s.name, s.type]);
    expect(sources).toContainEqual(['A Danish newspaper', 'outlet']);
    expect(sources).toContainEqual(['the network', 'outlet']);
  });
});
