import { fieldOfLabel } from '../../labels';
import { isObject, str } from '../../shapes';
import { suffix, type Extractor } from '../types';

/** The owner's profile: only the name (and username) are read, to tell the owner's words from others'. */
export const facebookProfile: Extractor = {
  id: 'facebook.profile',
  platform: 'facebook',
  paths: [suffix('profile_information/profile_information\\.(?:json|html)')],
  ownerJson(doc) {
    const profile = isObject(doc) ? (doc.profile_v2 ?? doc.profile) : null;
    if (!isObject(profile)) return { names: [] };
    const name = isObject(profile.name) ? str(profile.name.full_name) : str(profile.name);
    return { names: [name, str(profile.username)].filter((value): value is string => value !== null) };
  },
  ownerHtml(page) {
    const names = page.blocks
      .flatMap((block) => block.rows)
      .filter((row) => fieldOfLabel(row.label) === 'name' || fieldOfLabel(row.label) === 'username')
      .map((row) => row.value);
    return { names };
  },
};
