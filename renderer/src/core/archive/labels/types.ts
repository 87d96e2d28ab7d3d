/** The fields Meta names with localised labels (`string_map_data` keys, `label_values` labels, HTML rows). */
export const LABEL_FIELDS = [
  'comment',
  'mediaOwner',
  'time',
  'author',
  'savedOn',
  'search',
  'name',
  'username',
  'caption',
  'url',
  'owner',
  'title',
  'reaction',
  'interest',
  'text',
  'event',
  'receivedOn',
  'websiteTitle',
  'websiteLink',
  'advertiser',
  'hashtags',
  'group',
  'date',
  'sender',
] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

/** One account language: each field's label(s), first one being what Meta writes today. */
export type LabelTable = Readonly<Record<LabelField, readonly string[]>>;
