import { describe, expect, it } from 'vitest';
import { importFiles, metaJson, ms, sec, type Files } from './builders';
import { box, messageBox, page, tableBox } from './html-fixtures';

/**
 * Exports of accounts set to French: every family whose reading depends on localised labels, titles or HTML
 * headings, with French wording (archive-format.md §9.2: French is unobserved, so these follow the tables).
 */
const IG_PROFILE_FR: Files = {
  'personal_information/personal_information/personal_information.json': metaJson({
    profile_user: [
      { string_map_data: { "Nom d'utilisateur": { value: 'zoe.martin' }, Nom: { value: 'Zoé Martin' } } },
    ],
  }),
};
const FB_PROFILE: Files = {
  'personal_information/profile_information/profile_information.json': metaJson({
    profile_v2: { name: { full_name: 'Léa Dubois' } },
  }),
};

describe('French-localised Instagram JSON', () => {
  it('liked and saved posts in the 2026 label_values shape: caption, owner group and URL', async () => {
    const liked = (caption: string, owner: string, time: string) => ({
      timestamp: sec(time),
      media: [],
      label_values: [
        {
          label: 'URL',
          value: `https://www.instagram.com/p/${owner}/`,
          href: `https://www.instagram.com/p/${owner}/`,
        },
        { label: 'Légende', value: caption },
        { label: 'Titre', value: '' },
        {
          title: 'Propriétaire',
          dict: [
            {
              dict: [
                { label: 'URL', value: `https://www.instagram.com/${owner}` },
                { label: 'Nom', value: 'Une Page' },
                { label: "Nom d'utilisateur", value: owner },
              ],
            },
          ],
        },
        { title: 'Hashtags', dict: [{ dict: [{ label: 'Nom', value: '#info' }] }] },
      ],
      fbid: '1',
    });
    const { items, exposures, summary } = await importFiles({
      ...IG_PROFILE_FR,
      'your_instagram_activity/likes/liked_posts.json': metaJson([
        liked('Ils nous mentent, réveillez-vous', 'page.une', '2026-03-01T00:00:00Z'),
      ]),
      'your_instagram_activity/saved/saved_posts.json': metaJson([
        liked('Recette de la semaine', 'page.deux', '2026-03-02T00:00:00Z'),
      ]),
    });
    expect(items.map((item) => [item.kind, item.direction, item.author, item.text]).sort()).toEqual(
      [
        ['post', 'seen', 'page.une', 'Ils nous mentent, réveillez-vous'],
        ['post', 'seen', 'page.deux', 'Recette de la semaine'],
      ].sort(),
    );
    expect(exposures.map((e) => [e.kind, e.account, e.url]).sort()).toEqual(
      [
        ['liked', 'page.une', 'https://www.instagram.com/p/page.une/'],
        ['saved', 'page.deux', 'https://www.instagram.com/p/page.deux/'],
      ].sort(),
    );
    expect(summary.unknownLabels).toEqual([]);
  });

  it('saved posts before 2026 ("Enregistré le"), searches ("Recherche") and IG-1 interests ("Centre d’intérêt")', async () => {
    const { items, exposures, summary } = await importFiles({
      ...IG_PROFILE_FR,
      'your_instagram_activity/saved/saved_posts.json': metaJson({
        saved_saved_media: [
          {
            title: 'compte.sauve',
            string_map_data: {
              'Enregistré le': {
                href: 'https://www.instagram.com/p/sauve/',
                timestamp: sec('2025-01-01T00:00:00Z'),
              },
            },
          },
        ],
      }),
      'logged_information/recent_searches/word_or_phrase_searches.json': metaJson({
        searches_keyword: [
          {
            string_map_data: {
              Recherche: { value: 'vaccins danger' },
              Heure: { timestamp: sec('2025-01-02T00:00:00Z') },
            },
          },
        ],
      }),
      'information_about_you/ads_interests.json': metaJson({
        inferred_data_ig_interest: [{ string_map_data: { "Centre d'intérêt": { value: 'Randonnée' } } }],
      }),
    });
    expect(exposures.find((e) => e.kind === 'saved')).toMatchObject({
      account: 'compte.sauve',
      url: 'https://www.instagram.com/p/sauve/',
      timestamp: ms('2025-01-01T00:00:00Z'),
    });
    expect(items.map((item) => [item.kind, item.text, item.timestamp])).toEqual([
      ['search', 'vaccins danger', ms('2025-01-02T00:00:00Z')],
    ]);
    expect(exposures.find((e) => e.kind === 'ad_interest')!.label).toBe('Randonnée');
    expect(summary.unknownLabels).toEqual([]);
  });

  it('link history with French labels: the page title is what was seen', async () => {
    const { exposures, summary } = await importFiles({
      ...IG_PROFILE_FR,
      'logged_information/link_history/link_history.json': metaJson([
        {
          timestamp: sec('2025-05-01T00:00:00Z'),
          label_values: [
            { label: 'Lien du site web que vous avez consulté', value: 'https://news.example/a' },
            {
              label: 'Titre de la page du site web que vous avez consultée',
              value: 'Scandale : ce qu’on vous cache',
            },
          ],
        },
      ]),
    });
    expect(exposures.map((e) => [e.kind, e.label, e.url])).toEqual([
      ['viewed', 'Scandale : ce qu’on vous cache', 'https://news.example/a'],
    ]);
    expect(summary.unknownLabels).toEqual([]);
  });
});

describe('French-localised Facebook JSON', () => {
  it('reactions in the label_values shape ("Réaction", group "Auteur")', async () => {
    const { exposures, summary } = await importFiles({
      ...FB_PROFILE,
      'your_facebook_activity/comments_and_reactions/likes_and_reactions.json': metaJson([
        {
          timestamp: sec('2025-02-01T00:00:00Z'),
          label_values: [
            { label: 'Réaction', value: 'Haha' },
            { label: 'URL', value: 'https://www.facebook.com/marc/posts/1' },
            { title: 'Auteur', dict: [{ dict: [{ label: 'Nom', value: 'Marc Petit' }] }] },
          ],
        },
      ]),
    });
    expect(exposures.map((e) => [e.kind, e.label, e.account, e.url])).toEqual([
      ['liked', 'Haha', 'Marc Petit', 'https://www.facebook.com/marc/posts/1'],
    ]);
    expect(summary.unknownLabels).toEqual([]);
  });

  it('posts on other pages and group contributions with French labels', async () => {
    const { items } = await importFiles({
      ...FB_PROFILE,
      'your_facebook_activity/posts/posts_on_other_pages_and_profiles.json': metaJson([
        {
          timestamp: sec('2025-02-02T00:00:00Z'),
          label_values: [
            { label: 'Texte', value: 'Bravo pour le concert' },
            { label: 'URL', value: 'https://www.facebook.com/page/posts/9' },
          ],
        },
      ]),
      'your_facebook_activity/groups/your_contributions.json': metaJson([
        {
          timestamp: sec('2025-02-03T00:00:00Z'),
          label_values: [
            { label: 'Contribution', value: 'Qui a trouvé un chat ?' },
            { label: 'Groupe', value: 'Quartier Nord' },
          ],
        },
      ]),
    });
    expect(items.map((item) => [item.kind, item.direction, item.text]).sort()).toEqual(
      [
        ['group_post', 'authored', 'Qui a trouvé un chat ?'],
        ['timeline_post', 'authored', 'Bravo pour le concert'],
      ].sort(),
    );
  });

  it('French title sentences (groups joined) and system messages', async () => {
    const { items, exposures } = await importFiles({
      ...FB_PROFILE,
      'your_facebook_activity/groups/your_group_membership_activity.json': metaJson({
        groups_joined_v2: [
          {
            timestamp: sec('2025-01-01T00:00:00Z'),
            title: 'Léa Dubois est devenue membre de Jardiniers du quartier.',
          },
        ],
      }),
      'your_facebook_activity/messages/inbox/groupe_1/message_1.json': metaJson({
        participants: [{ name: 'Marc Petit' }, { name: 'Léa Dubois' }],
        messages: [
          {
            sender_name: 'Marc Petit',
            timestamp_ms: ms('2025-01-02T00:00:00Z'),
            content: 'Marc Petit a quitté le groupe.',
          },
          { sender_name: 'Marc Petit', timestamp_ms: ms('2025-01-01T00:00:00Z'), content: 'Salut à tous' },
          {
            sender_name: 'Léa Dubois',
            timestamp_ms: ms('2025-01-01T00:01:00Z'),
            content: 'A aimé un message',
          },
        ],
        title: 'Groupe',
      }),
    });
    expect(exposures.find((e) => e.kind === 'group')!.account).toBe('Jardiniers du quartier');
    expect(items.map((item) => item.text)).toEqual(['Salut à tous']);
  });
});

describe('French-localised HTML', () => {
  it('Instagram: French table rows (comments, searches) and a French participants line', async () => {
    const { items, summary } = await importFiles({
      'start_here.html': page('Instagram', ''),
      'personal_information/personal_information/personal_information.html': page(
        'Informations personnelles',
        tableBox([
          ["Nom d'utilisateur", 'zoe.martin'],
          ['Nom', 'Zoé Martin'],
        ]),
      ),
      'your_instagram_activity/comments/post_comments_1.html': page(
        'Commentaires',
        tableBox([
          ['Commentaire', 'Quelle honte, sérieusement'],
          ['Propriétaire du contenu multimédia', 'compte.vise'],
          ['Heure', '3 janv. 2025, 10:15'],
        ]),
      ),
      'logged_information/recent_searches/word_or_phrase_searches.html': page(
        'Recherches',
        tableBox([
          ['Recherche', 'élections truquées'],
          ['Heure', '4 janv. 2025, 11:00'],
        ]),
      ),
      'your_instagram_activity/messages/inbox/ami_1/message_1.html': page(
        'Ami Un',
        messageBox('Ami Un', 'Coucou en HTML', '5 janv. 2025, 12:00') +
          messageBox('Zoé Martin', 'Réponse en HTML', '5 janv. 2025, 12:01'),
        '<div class="_3b0d">Participants : Ami Un et Zoé Martin</div>',
      ),
    });
    expect(summary.ownerIdentified).toBe(true);
    expect(items.map((item) => [item.kind, item.direction, item.text]).sort()).toEqual(
      [
        ['comment', 'authored', 'Quelle honte, sérieusement'],
        ['message', 'authored', 'Réponse en HTML'],
        ['message', 'received', 'Coucou en HTML'],
        ['search', 'authored', 'élections truquées'],
      ].sort(),
    );
    expect(items.find((item) => item.kind === 'comment')!.timestamp).toBe(ms('2025-01-03T10:15:00Z'));
  });

  it('Facebook: French group-joined headings', async () => {
    const { exposures } = await importFiles({
      'index.html': page('Facebook', ''),
      'your_facebook_activity/groups/your_group_membership_activity.html': page(
        'Groupes',
        box('Léa Dubois a rejoint Cyclistes de Lyon.', '<div></div>', '6 janv. 2025, 09:00'),
      ),
    });
    expect(exposures.map((e) => [e.kind, e.account])).toEqual([['group', 'Cyclistes de Lyon']]);
  });
});
