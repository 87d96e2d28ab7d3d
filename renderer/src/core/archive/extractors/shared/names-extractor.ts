import type { ExposureKind, Platform } from '../../../model';
import { isObject, recordsOf } from '../../shapes';
import type { Extractor } from '../types';
import { addExposure } from './emit';
import { listedNames } from './names';

/**
 * An extractor for a targeting file that only lists names (ad interests, topics, advertisers). In HTML, a
 * block without rows is one name, or one name per line when `htmlLinesAreNames` (Facebook's pages).
 */
export function namesExtractor(
  platform: Platform,
  id: string,
  kind: ExposureKind,
  paths: RegExp[],
  keys: string[],
  options: { readonly htmlLinesAreNames?: boolean } = {},
): Extractor {
  return {
    id,
    platform,
    paths,
    json(doc, out) {
      const names = listedNames(doc, keys, out);
      if (
        names.length === 0 &&
        isObject(doc) &&
        Object.keys(doc).length > 0 &&
        recordsOf(doc, keys).length === 0
      ) {
        out.unknownShape = true;
      }
      for (const name of names) addExposure(out, { kind, label: name, timestamp: null });
    },
    html(page, out) {
      for (const block of page.blocks) {
        const text = block.text ?? block.heading;
        const values =
          block.rows.length > 0
            ? block.rows.map((row) => row.value)
            : options.htmlLinesAreNames
              ? (text ?? '').split('\n')
              : [text];
        for (const value of values) addExposure(out, { kind, label: value, timestamp: null });
      }
    },
  };
}
