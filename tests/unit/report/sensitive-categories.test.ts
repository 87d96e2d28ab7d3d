import { describe, expect, it } from 'vitest';
import { sensitiveCategoriesOf } from '@core/report';

describe('sensitiveCategoriesOf', () => {
  it.each([
    ['Politique française', ['politics']],
    ['US Presidential Election', ['politics', 'elections']],
    ['Campagne électorale 2022', ['elections']],
    ['Immigration law', ['immigration']],
    ['Réfugiés', ['immigration']],
    ['Église catholique', ['religion']],
    ['Droits des femmes', ['gender_sexuality']],
    ['Réchauffement climatique', ['climate_environment']],
    ['Vaccination', ['health_vaccines']],
    ['Guerre en Ukraine', ['war_conflict']],
    ['Syndicats', ['economy_labour']],
    ['Human rights', ['activism']],
    ['Gilets jaunes', ['activism']],
  ])('marks %s', (label, categories) => {
    expect(sensitiveCategoriesOf(label)).toEqual(categories);
  });

  it.each([
    'Natation',
    'Ongles',
    'Spaghetti carbonara',
    'Warcraft',
    'Music genre',
    'Counter-Strike',
    'Party supplies',
    'Campagne et nature',
    'Gundam',
    'Cooking',
  ])('leaves %s alone', (label) => {
    expect(sensitiveCategoriesOf(label)).toEqual([]);
  });
});
