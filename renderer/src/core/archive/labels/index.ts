import { foldKey } from '../text';
import { LABELS_EN } from './en';
import { LABELS_FR } from './fr';
import { LABEL_FIELDS, type LabelField, type LabelTable } from './types';

export { LABEL_FIELDS, type LabelField, type LabelTable } from './types';
export { LABELS_EN } from './en';
export { LABELS_FR } from './fr';

/** Every account language Loupe reads; add a table here to support one more. */
export const LABEL_TABLES: Readonly<Record<string, LabelTable>> = { en: LABELS_EN, fr: LABELS_FR };

const FIELD_OF_LABEL = new Map<string, LabelField>();
for (const table of Object.values(LABEL_TABLES)) {
  for (const field of LABEL_FIELDS) {
    for (const label of table[field])
      if (!FIELD_OF_LABEL.has(foldKey(label))) FIELD_OF_LABEL.set(foldKey(label), field);
  }
}

/** The field a localised label stands for, in any known language, or null. */
export function fieldOfLabel(label: string): LabelField | null {
  return FIELD_OF_LABEL.get(foldKey(label)) ?? null;
}

/** Sentences and markers in Meta's wording, per language (HTML headings, system messages). */
export const PHRASES = {
  participants: ['Participants:', 'Participants :'],
  systemMessage: [
    /^(.+ )?(left the (group|chat|conversation)|named the group|changed the group photo|added .+ to the group)/i,
    /^(liked a message|reacted .+ to your message|.+ sent an attachment\.?)$/i,
    /^(.+ )?(a quitté (le groupe|la conversation|la discussion)|a nommé le groupe|a changé la photo du groupe)/i,
    /^(a aimé un message|a réagi .+ à votre message|.+ a envoyé une pièce jointe\.?)$/i,
  ],
} as const;
