import { SENSITIVE_CATEGORIES, type SensitiveCategory } from './types';

/**
 * Keywords (English and French, lower case, accents removed) that mark an ad interest, advertiser or topic
 * as political or social-issue. A keyword matches at the start of a word, so `politi` covers politics,
 * political, politique, politicien; a keyword ending in `$` must be the whole word (`war$` is not
 * `warcraft`, `ong$` is not `ongles`).
 */
// prettier-ignore
const KEYWORDS: Readonly<Record<SensitiveCategory, readonly string[]>> = {
  politics: [
    'politi', 'government', 'gouvernement', 'parliament', 'parlement', 'congress', 'senat', 'democra',
    'republican', 'conservative', 'conservateur', 'liberalism', 'liberalisme', 'socialism', 'socialist',
    'socialisme', 'communis', 'progressivism', 'left-wing', 'right-wing', 'far-right', 'far-left',
    'extreme droite', 'extreme gauche', 'gauche$', 'droite$', 'president', 'minister', 'ministre',
    'depute', 'mayor$', 'maire$', 'political party', 'parti politique', 'populis', 'nationalis',
    'libertarian', 'public policy', 'politique publique',
  ],
  elections: [
    'election', 'electoral', 'electorale', 'vote$', 'votes$', 'voting', 'voter', 'ballot', 'scrutin',
    'referend', 'suffrage', 'election campaign', 'campagne electorale', 'political campaign',
  ],
  immigration: [
    'immigra', 'migrant', 'migration', 'refugee', 'refugie', 'asylum', 'asile$', "droit d'asile",
    'border wall', 'border control', 'frontieres$', 'sans-papiers', 'deportation', 'expulsion',
  ],
  religion: [
    'religio', 'church', 'eglise', 'islam', 'muslim', 'musulman', 'christian', 'chretien', 'catholi',
    'evangel', 'jewish', 'juif', 'juive', 'judaism', 'judaisme', 'hindu', 'buddhis', 'bouddhis', 'atheis',
    'laicite', 'secularism', 'bible', 'coran', 'quran',
  ],
  gender_sexuality: [
    'feminis', 'gender', 'identite de genre', 'lgbt', 'gay$', 'gays$', 'lesbian', 'lesbienne', 'transgender',
    'transgenre', 'queer', 'homosexu', 'same-sex', 'mariage pour tous', "women's rights", 'droits des femmes',
    'pride month', 'gay pride', 'masculinis',
  ],
  race_ethnicity: [
    'racis', 'race relations', 'ethnic', 'ethnique', 'black lives', 'civil rights', 'droits civiques',
    'discriminat', 'antisemit', 'islamophob', 'colonialism', 'colonialisme', 'decolonial', 'reparations',
  ],
  climate_environment: [
    'climat', 'global warming', 'rechauffement', 'environmentalism', 'environmental', 'environnement',
    'ecolog', 'green party', 'les verts', 'carbon emissions', 'carbon footprint', 'empreinte carbone',
    'fossil fuel', 'energies fossiles', 'renewable', 'renouvelable', 'pollution', 'extinction rebellion',
  ],
  health_vaccines: [
    'vaccin', 'anti-vax', 'antivax', 'abortion', 'avortement', 'ivg$', 'pro-life', 'pro-choice', 'euthanas',
    'public health', 'sante publique', 'covid', 'pandemi', 'health care reform', 'obamacare',
  ],
  guns_security: [
    'gun control', 'gun rights', 'guns$', 'firearm', 'arme a feu', 'armes a feu', 'second amendment', 'nra$',
    'police$', 'policing', 'terroris', 'securite interieure', 'homeland security', 'military', 'militaire',
    'armee$',
  ],
  war_conflict: [
    'war$', 'wars$', 'warfare', 'guerre', 'ukrain', 'russia', 'russie', 'israel', 'palestin', 'gaza',
    'armed conflict', 'conflit arme', 'nato$', 'otan$', 'invasion',
  ],
  economy_labour: [
    'labor union', 'labour union', 'trade union', 'syndica', 'general strike', 'greve', 'minimum wage',
    'salaire minimum', 'taxation', 'impot', 'welfare', 'retraites$', 'pension reform', 'inequality',
    'inegalite', 'poverty', 'pauvrete',
  ],
  activism: [
    'activis', 'militant', 'protest$', 'protests$', 'protester', 'manifestation', 'petition', 'human rights',
    "droits de l'homme", 'droits humains', 'social justice', 'justice sociale', 'advocacy', 'gilets jaunes',
    'ngo$', 'ngos$', 'ong$',
  ],
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const keywordPattern = (keyword: string): string =>
  keyword.endsWith('$') ? `${escapeRegExp(keyword.slice(0, -1))}(?![a-z0-9])` : escapeRegExp(keyword);

const PATTERNS: ReadonlyArray<readonly [SensitiveCategory, RegExp]> = SENSITIVE_CATEGORIES.map((category) => [
  category,
  new RegExp(`(?:^|[^a-z0-9])(?:${KEYWORDS[category].map(keywordPattern).join('|')})`),
]);

/** Lower case, accents removed, so that French and English keywords match as written. */
export const normaliseForKeywords = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The political and social-issue categories a label falls in (often none). */
export function sensitiveCategoriesOf(label: string): SensitiveCategory[] {
  const text = normaliseForKeywords(label);
  return PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([category]) => category);
}
