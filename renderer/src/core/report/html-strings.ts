import type { Label } from '../model';
import type { CredibilityBucket, DirectionKey, SensitiveCategory } from './types';

export type ReportLocale = 'en' | 'fr';

export interface ReportStrings {
  readonly title: string;
  readonly intro: string;
  readonly headline: string;
  readonly trend: string;
  readonly people: string;
  readonly accounts: string;
  readonly conversations: string;
  readonly links: string;
  readonly exposure: string;
  readonly about: string;
  readonly direction: string;
  readonly items: string;
  readonly scored: string;
  readonly unsupported: string;
  readonly pending: string;
  readonly flaggedAny: string;
  readonly lowCredibility: string;
  readonly month: string;
  readonly name: string;
  readonly sent: string;
  readonly flagged: string;
  readonly share: string;
  readonly userWrote: string;
  readonly bucket: string;
  readonly domain: string;
  readonly count: string;
  readonly adInterests: string;
  readonly advertisers: string;
  readonly topics: string;
  readonly accountsFollowed: string;
  readonly postsViewed: string;
  readonly videosViewed: string;
  readonly sensitive: string;
  readonly category: string;
  readonly model: string;
  readonly thresholds: string;
  readonly appVersion: string;
  readonly period: string;
  readonly archives: string;
  readonly reviews: string;
  readonly none: string;
  readonly directions: Readonly<Record<DirectionKey, string>>;
  readonly labels: Readonly<Record<Label, string>>;
  readonly buckets: Readonly<Record<CredibilityBucket, string>>;
  readonly categories: Readonly<Record<SensitiveCategory, string>>;
}

const EN: ReportStrings = {
  title: 'Loupe report',
  intro:
    'What the model found in your data download, computed on this computer. Shares are of the items the model could score.',
  headline: 'Headline',
  trend: 'Month by month',
  people: 'People and sources',
  accounts: 'Accounts',
  conversations: 'Conversations, groups and pages',
  links: 'Links to low-credibility sources',
  exposure: 'What you were shown and targeted with',
  about: 'About this report',
  direction: 'Direction',
  items: 'Items',
  scored: 'Scored',
  unsupported: 'Language not supported',
  pending: 'Not scored yet',
  flaggedAny: 'Flagged (any label)',
  lowCredibility: 'With a low-credibility link',
  month: 'Month',
  name: 'Name',
  sent: 'Sent to you',
  flagged: 'Flagged',
  share: 'Share',
  userWrote: 'You wrote',
  bucket: 'Credibility',
  domain: 'Domain',
  count: 'Count',
  adInterests: 'Ad interests',
  advertisers: 'Advertisers',
  topics: 'Inferred topics',
  accountsFollowed: 'Accounts followed',
  postsViewed: 'Posts viewed',
  videosViewed: 'Videos viewed',
  sensitive: 'Political and social-issue categories',
  category: 'Category',
  model: 'Model',
  thresholds: 'Thresholds',
  appVersion: 'Loupe version',
  period: 'Period',
  archives: 'Archives',
  reviews: 'Your reviews',
  none: 'None',
  directions: {
    all: 'Everything',
    authored: 'What you wrote',
    received: 'What you received',
    seen: 'What you saw',
  },
  labels: {
    divisive: 'Divisive',
    hate: 'Hate',
    offensive: 'Offensive',
    polarising: 'Polarising',
    misleading: 'Misleading',
    false_claim: 'False claim',
    clickbait: 'Clickbait',
    conspiracy: 'Conspiracy',
  },
  buckets: {
    low: 'Low credibility',
    mixed: 'Mixed credibility',
    unknown: 'Not in the lists',
    unresolved: 'Shortened, not resolved',
    platform: 'Platform link',
    invalid: 'Not a valid link',
  },
  categories: {
    politics: 'Politics',
    elections: 'Elections',
    immigration: 'Immigration',
    religion: 'Religion',
    gender_sexuality: 'Gender and sexuality',
    race_ethnicity: 'Race and ethnicity',
    climate_environment: 'Climate and environment',
    health_vaccines: 'Health and vaccines',
    guns_security: 'Guns and security',
    war_conflict: 'War and conflict',
    economy_labour: 'Economy and labour',
    activism: 'Activism',
  },
};

const FR: ReportStrings = {
  title: 'Rapport Loupe',
  intro:
    'Ce que le modèle a trouvé dans votre téléchargement de données, calculé sur cet ordinateur. Les parts portent sur les éléments que le modèle a pu évaluer.',
  headline: 'En bref',
  trend: 'Mois par mois',
  people: 'Personnes et sources',
  accounts: 'Comptes',
  conversations: 'Conversations, groupes et pages',
  links: 'Liens vers des sources peu fiables',
  exposure: 'Ce qui vous a été montré et ciblé',
  about: 'À propos de ce rapport',
  direction: 'Sens',
  items: 'Éléments',
  scored: 'Évalués',
  unsupported: 'Langue non prise en charge',
  pending: 'Pas encore évalués',
  flaggedAny: 'Signalés (toute étiquette)',
  lowCredibility: 'Avec un lien peu fiable',
  month: 'Mois',
  name: 'Nom',
  sent: 'Reçu de ce compte',
  flagged: 'Signalés',
  share: 'Part',
  userWrote: 'Vous avez écrit',
  bucket: 'Fiabilité',
  domain: 'Domaine',
  count: 'Nombre',
  adInterests: 'Centres d’intérêt publicitaires',
  advertisers: 'Annonceurs',
  topics: 'Sujets déduits',
  accountsFollowed: 'Comptes suivis',
  postsViewed: 'Publications vues',
  videosViewed: 'Vidéos vues',
  sensitive: 'Catégories politiques et sociétales',
  category: 'Catégorie',
  model: 'Modèle',
  thresholds: 'Seuils',
  appVersion: 'Version de Loupe',
  period: 'Période',
  archives: 'Archives',
  reviews: 'Vos corrections',
  none: 'Aucun',
  directions: {
    all: 'Tout',
    authored: 'Ce que vous avez écrit',
    received: 'Ce que vous avez reçu',
    seen: 'Ce que vous avez vu',
  },
  labels: {
    divisive: 'Clivant',
    hate: 'Haine',
    offensive: 'Injurieux',
    polarising: 'Polarisant',
    misleading: 'Trompeur',
    false_claim: 'Affirmation fausse',
    clickbait: 'Piège à clics',
    conspiracy: 'Complotisme',
  },
  buckets: {
    low: 'Peu fiable',
    mixed: 'Fiabilité mitigée',
    unknown: 'Absent des listes',
    unresolved: 'Lien raccourci non résolu',
    platform: 'Lien de la plateforme',
    invalid: 'Lien invalide',
  },
  categories: {
    politics: 'Politique',
    elections: 'Élections',
    immigration: 'Immigration',
    religion: 'Religion',
    gender_sexuality: 'Genre et sexualité',
    race_ethnicity: 'Origines et discriminations',
    climate_environment: 'Climat et environnement',
    health_vaccines: 'Santé et vaccins',
    guns_security: 'Armes et sécurité',
    war_conflict: 'Guerres et conflits',
    economy_labour: 'Économie et travail',
    activism: 'Militantisme',
  },
};

export const REPORT_STRINGS: Readonly<Record<ReportLocale, ReportStrings>> = { en: EN, fr: FR };
