import { findLabel, isObject, labelValues, recordsOf, stringMap } from '../../shapes';
import type { HtmlPage } from '../../html/page';
import { fieldOfLabel } from '../../labels';
import { suffix, type Extractor, type OwnerHint } from '../types';

function ownerOfJson(doc: unknown): OwnerHint {
  const names: string[] = [];
  for (const record of recordsOf(doc, ['profile_user'])) {
    const { cells } = stringMap(record);
    for (const field of ['name', 'username'] as const) {
      const value = cells.get(field)?.value;
      if (value) names.push(value);
    }
    const values = labelValues(record);
    for (const field of ['name', 'username'] as const) {
      const value = findLabel(values, field)?.value;
      if (value) names.push(value);
    }
  }
  if (names.length === 0 && isObject(doc)) return { names: [] };
  return { names };
}

/** The display name first: it is what messages use as `sender_name` and the author of the owner's items. */
function ownerOfHtml(page: HtmlPage): OwnerHint {
  const rows = page.blocks.flatMap((block) => block.rows);
  const valuesOf = (field: 'name' | 'username') =>
    rows.filter((row) => fieldOfLabel(row.label) === field).map((row) => row.value);
  return { names: [...valuesOf('name'), ...valuesOf('username')] };
}

/** The owner's profile: only its Name and Username are read, to tell the owner's words from others'. */
export const instagramProfile: Extractor = {
  id: 'instagram.profile',
  platform: 'instagram',
  paths: [
    suffix(
      'personal_information/(?:personal_information/)?(?:personal_information|instagram_profile_information)\\.(?:json|html)',
    ),
  ],
  ownerJson: ownerOfJson,
  ownerHtml: ownerOfHtml,
};
