// A complete custom extractor: paste it into a project that depends on @claimsift/core.
// It proposes `hashtag` mentions; the pipeline slices the text, keeps only mentions in
// content blocks, resolves overlaps and numbers them with the built-in ones.
import { createPipeline, defineExtractor } from '@claimsift/core';
import { quantities } from '@claimsift/extractors';

const HASHTAG = /#[\p{L}\p{N}_]+/gu;

export const hashtags = defineExtractor({
  name: 'hashtags',
  type: 'hashtag',
  patterns: [HASHTAG], // listed for claimsift's ReDoS check
  extract(doc) {
    const drafts = [];
    for (const block of doc.contentBlocks()) {
      HASHTAG.lastIndex = block.start;
      for (let m = HASHTAG.exec(doc.text); m && m.index < block.end; m = HASHTAG.exec(doc.text)) {
        drafts.push({ start: m.index, end: m.index + m[0].length, tag: m[0].slice(1).toLowerCase() });
      }
    }
    return drafts;
  },
});

const sift = createPipeline({ extractors: [quantities(), hashtags] });
const result = sift.run('Police closed 3,000 accounts. #Rumours #Weibo', { id: 'example', publishedAt: '2024-08-28' });
for (const m of result.mentions) console.log(`${m.id} ${m.type} [${m.start}, ${m.end}) ${JSON.stringify(m.text)}${m.tag ? ` tag=${m.tag}` : ''}`);
