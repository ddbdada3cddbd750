import type { OrganisationSeed } from './seed-helpers.ts';

/**
 * "Réalisations 2016 et projet d'activité 2017 de La 27e Région", read from the reference: the
 * programmes, their projects with place, partners and links, the Bloomberg agreement, the events
 * and the publications. Partners already in the register are found by name; the others are added.
 */
export const programmeOrganisations: OrganisationSeed[] = [
  { name: 'Gares et Connexions', kind: 'company', aliases: ['Gares & Connexions'] },
  { name: 'Lab de Pôle Emploi', kind: 'public_body', aliases: ['Pôle emploi', 'Pôle Emploi'] },
  { name: 'Région Bretagne', kind: 'region' },
  { name: 'Région Normandie', kind: 'region' },
  { name: 'Ville de Lille', kind: 'municipality' },
  { name: 'Département de l’Isère', kind: 'department', aliases: ['Isère'] },
  { name: 'France Urbaine', kind: 'association' },
  { name: 'Bloomberg Philanthropies', kind: 'company', aliases: ['Fondation Bloomberg'] },
  { name: 'SGMAP', kind: 'state_service' },
  { name: 'Ministère de l’Environnement', kind: 'state_service' },
  { name: 'Ville de Paris', kind: 'municipality' },
  { name: 'Ville de Mulhouse', kind: 'municipality', aliases: ['Mulhouse'] },
  { name: 'Région Occitanie', kind: 'region' },
  { name: 'Communauté urbaine de Dunkerque', kind: 'urban_community' },
];

interface ProjectSeed {
  title: string;
  year: number;
  endYear?: number;
  status: 'planned' | 'running' | 'done';
  place?: string;
  link?: string;
  description?: string;
  partners?: string[];
}

interface OutputSeed {
  kind: 'event' | 'publication';
  title: string;
  year: number;
  onDay?: string;
  place?: string;
  link?: string;
}

export interface ProgrammeSeed {
  code: string;
  name: string;
  description: string;
  link?: string;
  projects: ProjectSeed[];
  outputs: OutputSeed[];
  agreements?: {
    title: string;
    funder: string;
    amount: string;
    startYear: number;
    endYear: number;
    beneficiaryCount: number;
    covers: string;
  }[];
}

const site = 'http://www.la27eregion.fr';

export const programmes: ProgrammeSeed[] = [
  {
    code: 'residences',
    name: 'Territoires en résidences',
    description:
      'Pendant trois semaines, une équipe pluridisciplinaire part en immersion dans un dispositif local et questionne son fonctionnement du point de vue de ses bénéficiaires.',
    projects: [
      {
        title: 'La mairie de demain : l’accueil en mairie d’arrondissement',
        year: 2016,
        status: 'done',
        place: 'Paris',
        link: `${site}/cas-pratiques/la-mairie-de-demain/`,
        partners: ['Ville de Paris'],
      },
      {
        title: 'Nouveaux usages et nouvelles formes des petites gares périurbaines',
        year: 2016,
        status: 'done',
        place: 'Bretagne',
        link: `${site}/cas-pratiques/gares-bzh/`,
        partners: ['Gares et Connexions'],
      },
      {
        title: 'La relation de Pôle emploi aux TPE/PME, dans une agence',
        year: 2017,
        status: 'planned',
        place: 'Avignon',
        description: 'En préparation, lancement prévu en octobre.',
        partners: ['Lab de Pôle Emploi'],
      },
    ],
    outputs: [],
  },
  {
    code: 'transfo',
    name: 'La Transfo',
    description:
      'Préfigurer, simuler et accompagner une fonction de laboratoire d’innovation au sein d’une collectivité, 12 à 18 mois, avec un groupe de 20 agents volontaires.',
    link: `${site}/transfo/`,
    projects: [
      {
        title: 'Transfo Mulhouse',
        year: 2016,
        endYear: 2017,
        status: 'running',
        place: 'Mulhouse',
        partners: ['Ville de Mulhouse'],
      },
      {
        title: 'Transfo Paris',
        year: 2016,
        endYear: 2017,
        status: 'running',
        place: 'Paris',
        partners: ['Ville de Paris'],
      },
      {
        title: 'Transfo Occitanie',
        year: 2017,
        status: 'running',
        place: 'Occitanie',
        partners: ['Région Occitanie'],
      },
      {
        title: 'Transfo Dunkerque',
        year: 2017,
        status: 'running',
        place: 'Dunkerque',
        partners: ['Communauté urbaine de Dunkerque'],
      },
    ],
    outputs: [
      { kind: 'event', title: 'Intertransfo (première)', year: 2017, place: 'Paris' },
      { kind: 'event', title: 'Intertransfo (deuxième)', year: 2017, place: 'Mulhouse' },
    ],
    agreements: [
      {
        title: 'Partenariat La Transfo avec la fondation Bloomberg',
        funder: 'Bloomberg Philanthropies',
        amount: '1 300 000',
        startYear: 2017,
        endYear: 2020,
        beneficiaryCount: 10,
        covers: 'Programme de 10 Transfos sur 4 ans, dans 10 collectivités (6 restent à trouver en 2017).',
      },
    ],
  },
  {
    code: 'eclaireurs',
    name: 'Les Éclaireurs',
    description: 'Prospective de l’administration : à quoi ressembleront nos administrations en 2020, 2050 ?',
    link: `${site}/prospective/`,
    projects: [
      {
        title: 'Tests du premier épisode et prototype de micro-studio (la vidéocagette)',
        year: 2016,
        status: 'done',
        link: `${site}/vidéocagette-retour-sur-les-premiers-tests/`,
      },
      {
        title: 'Les schémas d’aménagement ouverts',
        year: 2017,
        status: 'planned',
        description: 'Ateliers en juillet.',
        partners: ['Région Bretagne', 'Région Normandie', 'Ministère de l’Environnement'],
      },
      {
        title: 'Les solutions numériques frugales',
        year: 2017,
        status: 'planned',
        description: 'En fin d’année.',
        partners: ['Ville de Lille', 'Département de l’Isère', 'SGMAP'],
      },
    ],
    outputs: [],
  },
  {
    code: 'superpublic',
    name: 'Superpublic',
    description: 'Inauguré fin 2014 : accueil d’ateliers, événements, coworking.',
    projects: [
      {
        title:
          'Réponse à l’appel à projets « Civic Hall à la française » de la mairie de Paris, en consortium',
        year: 2017,
        status: 'planned',
        place: 'Paris',
        partners: ['Ville de Paris'],
      },
    ],
    outputs: [],
  },
  {
    code: 'ressources',
    name: 'Centre ressources',
    description: 'Formation, sensibilisation et édition.',
    projects: [
      {
        title: 'Les aventuriers de l’action publique',
        year: 2016,
        status: 'done',
        link: `${site}/cas-pratiques/6127-2/`,
        partners: ['SGMAP'],
      },
      {
        title: 'Les aventuriers de l’action publique (nouvelle session)',
        year: 2017,
        status: 'planned',
        partners: ['SGMAP'],
      },
      {
        title: 'Groupe « innovation publique » de France Urbaine',
        year: 2017,
        status: 'running',
        description: 'Lancé le 28 mai avec une douzaine de métropoles et grandes villes.',
        partners: ['France Urbaine'],
      },
      {
        title: 'Journées Découvertes',
        year: 2016,
        endYear: 2017,
        status: 'running',
        description: '3 à 4 par an.',
        link: `${site}/cas-pratiques/les-journees-decouvertes/`,
      },
    ],
    outputs: [
      { kind: 'event', title: 'Semaine de l’Innovation Publique (co-organisée)', year: 2016 },
      { kind: 'event', title: 'Semaine de l’Innovation Publique (co-organisée)', year: 2017 },
      {
        kind: 'event',
        title: '40 conversations pour booster la démocratie (Personal Democracy Forum)',
        year: 2016,
      },
      {
        kind: 'publication',
        title: 'Villages du futur',
        year: 2016,
        link: `${site}/cas-pratiques/les-villages-du-futur/`,
      },
      {
        kind: 'publication',
        title: 'Conseils pratiques à l’attention des acheteurs de design des politiques publiques',
        year: 2017,
        link: `${site}/cas-pratiques/conseils-pratiques-a-lattention-des-acheteurs-de-design-des-politiques-publiques/`,
      },
    ],
  },
  {
    code: 'international',
    name: 'International',
    description:
      'Réseaux Lab Connections (JRC), Design for Europe et i-school (Nesta) ; accueil de laboratoires du monde entier.',
    projects: [],
    outputs: [
      { kind: 'event', title: 'Labs Builders (Design for Europe)', year: 2016, place: 'Marseille' },
      {
        kind: 'publication',
        title: 'Cartographie des acteurs mobilisant le design dans l’action publique (Design for Europe)',
        year: 2016,
        link: 'http://publicsector-map.designforeurope.eu/fr/',
      },
      {
        kind: 'event',
        title: 'City Labs, organisé par Bloomberg Philanthropies (septembre)',
        year: 2017,
        place: 'Paris',
      },
    ],
  },
];
