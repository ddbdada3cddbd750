/*
 * The prose of the 2017 minutes that people wrote, as the secretary types it into the written
 * sections: the activity report and the discussion, word for word from the reference (its "❖" marks
 * dropped, its headings as Markdown headings). No list of names, table, budget figure, resolution or
 * board is typed here: those sections are generated from the data.
 */

export const activityReportTitle = 'Réalisations 2016 et projet d’activité 2017 de La 27e Région';

export const activityReport = `### TERRITOIRES EN RÉSIDENCES

Pendant trois semaines, une équipe pluridisciplinaire part en immersion dans un dispositif local, un quartier, un lycée, une maison de services et questionne son fonctionnement à travers le point de vue de ses bénéficiaires pour proposer des améliorations concrètes.

En 2016, deux résidences ont eu lieu :

- la fin de la résidence à Paris sur l'accueil en mairie d'arrondissement
<http://www.la27eregion.fr/cas-pratiques/la-mairie-de-demain/>
- une résidence en Bretagne en partenariat avec Gares et Connexion sur les nouveaux usages et les nouvelles formes des petites gares périurbaines
<http://www.la27eregion.fr/cas-pratiques/gares-bzh/>

En 2017, une résidence aura lieu au sein d'une agence Pôle Emploi à Avignon sur la relation de Pôle Emploi aux TPE/PME. Elle est actuellement en préparation et devrait se lancer en octobre.

### TRANSFO

C'est ce qui nous a le plus occupé en 2016-2017. Il s'agit d'un programme pour préfigurer, simuler et accompagner une fonction de laboratoire d'innovation au sein d'une collectivité. Il dure 12 à 18 mois et est structuré autour d'un groupe de 20 agents volontaires, avec une logique sur mesure et progressive.

<http://www.la27eregion.fr/transfo/>

Aujourd'hui, 4 collectivités sont embarquées : Mulhouse, Paris, Occitanie, Dunkerque (par ordre de démarrage). Nous cherchons encore 6 grandes collectivités pour rejoindre le programme.

Dans une logique d'échanges nous organisons la journée Intertransfo qui se tient tous les 4-6 mois, qui réunit au même endroit tous les groupes de personnes réalisant une transfo au cours d'une année. L'Intertransfo permet de mettre en commun les difficultés mais aussi les progrès accomplis par les différents groupes (la première a eu lieu à Paris, la deuxième aura lieu à Mulhouse).

La Transfo marque également notre premier partenariat international car elle est co-financée par la fondation Bloomberg Philanthropies.

### LES ECLAIREURS

Prospective de l'administration : A quoi ressembleront nos administrations en 2020, 2050?

<http://www.la27eregion.fr/prospective/>

En 2016, nous avons pu effectuer les tests du premier épisode et un prototype de micro-studio d'enregistrement (la vidéocagette) a été créé :

<http://www.la27eregion.fr/vidéocagette-retour-sur-les-premiers-tests/>

En 2017 : deux nouveaux épisodes verront le jour :

- « *Les schémas d'aménagement ouverts* » : Comment faire des schémas d'aménagement qui soient des exercices en continu, qui impliquent les usagers et les habitants de leur territoire ? Partenaires : région Bretagne, région Normandie, ministère de l'Environnement. Les ateliers auront lieu en juillet.
- « *Les solutions numériques frugales* » en fin d'année, en partenariat avec la ville de Lille, l'Isère et le SGMAP.

### SUPERPUBLIC

Inauguré fin 2014, Superpublic a continué de faire ses preuves en 2016 et 2017.

Ses fonctions : accueil d'ateliers, événements, coworking... D'ailleurs, on peut noter l'ouverture d'un Superpublic de 1500 m² à San Francisco dont on a un bout de ruban à l'entrée !

En 2017, la mairie de Paris a lancé son appel à projet pour un "Civic Hall à la française", auquel nous répondrons au sein d'un consortium regroupant plusieurs acteurs notamment issus de l'innovation démocratique.

### CENTRE RESSOURCES

Depuis plusieurs années, nous co-organisons la Semaine de l'Innovation Publique, et ce sera également le cas en 2017. Nous avons également organisé "*40 conversations pour booster la démocratie*" dans le cadre du Personal Democracy Forum.

Côté formation/sensibilisation :

- En 2016, nous avons lancé les aventuriers de l'action publique. Il s'agit pour un groupe d'agents d'aller explorer les initiatives autour de l'innovation publique en France... Ce programme est en partenariat avec le SGMAP et il y aura une nouvelle session en 2017. <http://www.la27eregion.fr/cas-pratiques/6127-2/>
- Le 28 mai, nous avons lancé le groupe "*innovation publique*" de France Urbaine qui regroupe une douzaine de métropoles et grandes villes. Le but : Mener un travail réflexif sur la diffusion et les pratiques de l'innovation publique.
- Les Journées Découvertes : Ces journées de sensibilisation à l'innovation publique sont toujours un succès et nous en faisons 3 à 4 par an en moyenne, en 2016 comme en 2017. <http://www.la27eregion.fr/cas-pratiques/les-journees-decouvertes/>

Côté édition :

- nous avons publié *Villages du futur* en 2016, bilan de la Transfo Bourgogne qui interrogeait l'avenir de la ruralité. <http://www.la27eregion.fr/cas-pratiques/les-villages-du-futur/>
- En 2017, nous avons publié *Conseils pratiques à l'attention des acheteurs de design des politiques publiques* afin de structurer une réflexion et une expertise régulièrement sollicitée. <http://www.la27eregion.fr/cas-pratiques/conseils-pratiques-a-lattention-des-acheteurs-de-design-des-politiques-publiques/>

### INTERNATIONAL

Côté international, nous faisons partie de plusieurs réseaux, dont :

- Lab Connections : Réseau de laboratoires d'innovation européen initié par le JRC (Joint Research Center, cellule de prospective de la commission européenne).
- Design for Europe : projet européen autour du design avec un volet "politiques publiques".
- i-school : groupe de travail international piloté par le Nesta pour les acteurs déjà aguerris afin de partager nos expériences.
- En 2016, nous avons organisé Labs Builders, un événement regroupant la communauté internationale à Marseille, dans le cadre du programme Design for Europe.
- En septembre 2017, nous participons à l'événement City Labs organisé par Bloomberg Philanthropies à Paris.
- Nous avons réalisé une cartographie des acteurs mobilisant le design dans l'action publique, dans le cadre du programme Design for Europe : <http://publicsector-map.designforeurope.eu/fr/>

Enfin, nous avons visité, reçu et dans certains cas accompagné des laboratoires d'innovation publique du monde entier :

- Le Policy Lab, laboratoire d'innovation du 1er ministre anglais (existe depuis 3 ans)
- Une délégation géorgienne est venue se former pendant 4 jours à Superpublic
- LabX : laboratoire d'innovation du gouvernement portugais
- Laboratorio para la Ciudad : laboratoire de la ville de Mexico
- Laboratorio de Gobierno : laboratoire du gouvernement Chilien
`;

export const discussionTitle = 'Débats et ateliers';

export const discussion = `L'Assemblée Générale a débattu et échangé autour des projets en cours de la 27e Région.

Afin de susciter de nouvelles idées et d'anticiper les futurs changements au sein de La 27e Région comme au sein de l'administration, nous avons mis en place plusieurs ateliers portant sur différents sujets. Ainsi à travers les échanges menés au cours de ces ateliers plusieurs pistes de réflexion sont sorties pouvant donner lieu à des interrogations ou de nouveaux objectifs.
`;
