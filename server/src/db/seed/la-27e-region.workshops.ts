import type { DbOrTransaction } from '../database.ts';
import { writeQuestions } from '../../domains/assemblies/questions.service.ts';
import type { QuestionInput, WorkshopInput } from '../../../../common/assemblies.schemas.ts';
import { splitIntoWorkshops, writeWorkshops } from '../../domains/assemblies/workshops.service.ts';

/*
 * "Inspirer de nouvelles idées en ateliers" and "Compte rendu des questions posées" of the 2017
 * minutes, word for word: each paragraph or bullet of the reference is one item, its "❖ " marks
 * dropped. Topics are as the reference lists them before the groups' reports (the fifth group's
 * heading misspells it). The third group's report has no "Problématique(s)" heading: its opening
 * paragraph stands as its problem. The reference names nobody as asking a question; the Bloomberg
 * answer's sentence cut by a page break ("américaines et" / "françaises") is joined again. The last
 * question does have its answer in the reference (its last line, without a final newline).
 */

/** The five workshops of 45 minutes, in the reference's order. */
export const workshops: WorkshopInput[] = [
  {
    topic: 'La communication de La 27e Région',
    minutes: 45,
    problems: [
      "Comment parler de l'action de la 27e Région aux acteurs publics sans se perdre dans les méandres de notre jargon ?",
    ],
    proposals: [
      "Dans le cadre d'un audit fait-maison de notre communication, nous avons convié six membres du CA à livrer les arguments qu'ils mobilisent pour promouvoir l'action de la 27e Région. Voici les différents mots qui en ressort : mise en réseau, innovation montante, ingéniosité, place des valeurs...",
      'Un autre son de cloche pour mettre en perspective notre positionnement et affiner notre discours.',
    ],
  },
  {
    topic: "L'innovation publique à l'ère Macron",
    minutes: 45,
    problems: [
      "Quel signe représente l'arrivée d'Emmanuel Macron à la présidence et le renouvellement de l'Assemblée Nationale en ce qui concerne l'innovation publique ? Cela n'apparaît pas encore de manière claire, et la plupart des participants au groupe de travail relèvent l'ambiguïté actuelle : la promesse de \"faire différemment\" et le goût pour l'innovation semblent être des impulsions positives, mais le ministère de l'Action et des Comptes publics, ainsi que son ministre, semblent au contraire indiquer un potentiel retour à une idéologie très libérale. Sans compter une pratique du pouvoir qui reste, pour le moment, très classique et très verticale.",
    ],
    proposals: [
      "Ce qui semble certain, c'est que ces changements sont l'occasion pour La 27e Région de se positionner, de se faire entendre. Il faut se recréer un réseau et trouver quelques complices auprès des nouveaux députés et au sein des ministères, et les membres seront utiles pour cela. Il faut donc proposer une réunion de travail à la rentrée aux membres de l'association sur la stratégie de plaidoyer à adopter, et rencontrer les potentiels complices grâce aux membres de l'association.",
    ],
  },
  {
    topic: 'Les 10 ans de La 27e Région',
    minutes: 45,
    problems: [
      "Un tel anniversaire, ce n'est pas rien et ça se fête ! Si chaque membre du groupe apprécie l'idée (soumise par l'équipe de la 27e Région) d'en profiter pour mettre la communauté à l'honneur, tous s'accordent sur la nécessité de mettre en avant l'association elle-même car l'enjeu c'est aussi de célébrer et de faire connaître La 27e Région en tant qu'acteur clé de l'innovation publique.",
    ],
    proposals: [
      'Quelques pistes suggérées par les participants :',
      "Prévoir un gros évènement festif dans un lieu improbable - pas à Paris de préférence - et une succession de petits évènements, en veillant à chaque fois à faire le lien vers l'ensemble de la programmation (mais attention à l'effet \"semaine de l'innovation publique bis\" !).",
      'Faire la part belle aux témoignages avec par exemple une vidéo qui compile des récits de "premières rencontres avec la 27e Région" ou des conférences style TED de différentes personnes qui racontent une expérience vécue avec La 27e Région (en variant les "types" de personnes).',
      'Profiter du/des évènement(s) pour faire rentrer de nouvelles personnes dans le cercle (notamment des DRH, des travailleurs sociaux, des chercheurs...) en réutilisant le principe des "+1" des journées au vert (chaque personne ramène un "invité").',
      'Mieux valoriser les profils socio/anthropo de la communauté.',
      'Ne pas oublier que la marque de fabrique de la 27e Région est le "faire", la pratique ("*c\'est ça qui a constitué un choc personnel et professionnel pour la plupart des agents qui ont croisé son chemin*") : prévoir des petits exercices pratiques qui peuvent servir à tout le monde (ex : parcours usagers, comment organiser une réunion différemment...) ou même une journée découverte géante.',
      'Organiser des temps de conversation (penser aux formats type speed-dating ou forum ouvert), notamment pour les collectivités ou les agents qui ont du mal à se projeter dans les méthodes promues par La 27e Région',
      "Réutiliser les formats qui marchent bien à l'AG et qui permettent la conversation et l'échange : les stands-expo, les ateliers-conversation de 45 min sur une question bien ciblée, les débats mouvants...",
      "Profiter de l'anniversaire pour faire le bilan et célébrer les expériences menées... mais aussi SE PROJETER en préparant la phase suivante et investir de nouveaux sujets (ex: petites villes et territoires abandonnés)",
      'Assumer et mettre en avant les controverses, ne pas être trop lisses, laisser entendre différentes voix/voies',
      'Si besoin prévoir 2 temps différents :',
      "un temps avec tout ceux qui ont contribué à l'aventure où on travaille les controverses, les postures et l'entraide",
      'un temps plus ouvert, sensibilisation vers des nouveaux publics',
    ],
  },
  {
    topic: 'Les nouveaux chantiers de La 27e Région',
    minutes: 45,
    problems: [
      'Nous identifions 3 enjeux de société majeurs mis en évidence par les prospectivistes :',
      'Le réchauffement climatique',
      "L'intelligence artificielle et automatisation",
      'La baisse de la fertilité humaine',
      "Enjeux auxquels on pourrait ajouter 2 défis qui s'adressent particulièrement à l'action de la 27e Région:",
      "L'équilibre des territoires (Yannick Blanc : et si la 27e Région succédait à la DATAR ?!) la crise démocratique.",
      "Ainsi parmi les questions posées par ces défis en terme d'action publique nous avons retenu :",
      "Comment assurer la personnalisation des services publics et l'acceptabilité de la dématérialisation des services publics et l'industrialisation des processus ?",
      'Quelle gouvernance des algorithmes ?',
      "Comment repenser la relation de l'administration à l'utilisateur ?",
      'Reconnaître la capacité d\'agir du citoyen (notion de "citoyen agissant") ?',
      'Quelles nouvelles formes de gouvernance mettre en place, pour accompagner par exemple la relocalisation de la production énergétique ?',
      'Quelle place pour le citoyen ?',
      "Quelle contribution du design ? (parmi les voies identifiées : analyser l'échec de la Big Society, la voie des communs - cf charte et règlement des communs établis par plusieurs villes italiennes).",
      "Vers un service public d'animation (garantie de l'intérêt général, formation, accompagnement, financement ...) des actions citoyennes ?",
      "Comment continuer à accompagner les formes de délégation et les intégrer dans les dynamiques d'action publique en préservant les valeurs (Etat plateforme) ?",
      "Quels nouveaux modèles de financement de l'action publique (financement privé, participatif etc.) ?",
      'Quelle répartition des pouvoirs Etat / pouvoirs locaux ?',
    ],
    proposals: [
      'Le rôle de La 27e Région doit être :',
      "De mobiliser l'énergie collective sur ces différentes questions",
      "D'outiller une nouvelle prospective et de nouvelles coopérations (aider les collectivités à s'organiser pour l'avenir)",
    ],
  },
  {
    topic: 'La 27e Région et les entreprises',
    minutes: 45,
    problems: [
      'Que peuvent attendre les entreprises de la 27e Région, en particulier les entreprises publiques ou privées en délégation ou proches des pouvoirs publics ?',
    ],
    proposals: [
      'Le groupe a considéré que les entreprises "à réseau" pouvaient potentiellement intéressées par la capacité territoriale de la 27e Région, soit à l\'échelle du maillon ou bien du réseau dans son ensemble. Le participant du Groupe la Poste pense que des possibilités demeurent par exemple sur la question des Maisons de Services au Public déjà étudiés par la 27e Région via une résidence à Cluny et ses premiers tests avec la CDC. Encore faut-il que l\'alignement stratégique entre les acteurs soit suffisant...',
      "Il est suggéré également d'approcher des pistes de partenariats déjà construits, tels les PCTE (Pôles Territoriaux de Coopération Economique). Par ailleurs, il pourrait être plus facile de viser des PME et TPE de l'ESS épousant les valeurs de la 27e Région (innovation sociale, contexte territorial, etc).",
    ],
  },
];

/** The questions and answers, in the reference's order. */
export const questions: QuestionInput[] = [
  {
    question: 'Quelles sont vos relations avec vos "clients" ?',
    answer:
      "Nous n'avons pas de clients car nous avons choisi de développer un modèle de partenariat, d'expérimentation, avec des acteurs publics ou para-publics. D'ailleurs, depuis sa création, La 27e Région n'a jamais répondu à un appel d'offre d'une administration. En général, au départ, il y a une rencontre avec une collectivité ou une administration qui a le souhait de \"tester des choses différentes\". Ensuite, on voit si ça rentre dans le cadre de nos programmes de recherche-action, si la collectivité ou l'administration a intérêt à rejoindre nos adhérents. Souvent, quand la demande ne rentre pas dans les cadres de nos programmes, nous diffusons la demande à notre communauté et c'est ainsi que nous jouons un rôle de prescription pour l'offre en design.",
  },
  {
    question: 'Quels sont les détails du partenariat Bloomberg ? Comment cela se passe-t-il ?',
    answer: [
      "Bloomberg mène un programme afin d'aider les villes américaines et à l'international à innover. Il y a des similitudes avec la Transfo, mais également des différences. Notamment, le programme de Bloomberg est beaucoup plus centré sur les résultats, alors que nous sommes centrés plutôt sur le changement culturel dans les administrations. Toutefois, Bloomberg n'intervient pas du tout dans nos choix sur la Transfo.",
      "Concrètement, le partenariat est de 1,3 million sur 4 ans pour accompagner 10 collectivités. Il comprend l'engagement de recruter quelqu'un en charge de suivre ce partenariat et également chargé d'installer des liens entre les collectivités américaines et françaises des différents programmes. C'est Sylvine, qui travaille chez nous depuis peu, qui prend ce poste.",
    ].join('\n\n'),
  },
  {
    question:
      "Comment mieux mettre en place la diffusion des ressources créées par les acteurs de l'innovation publique ?",
    answer:
      "Il y a une réflexion en cours sur le développement, la pérennisation et le financement de la fonction centre-ressource. Toutefois, n'hésitez pas à venir nous parler de vos projets et à nous partager vos ressources afin que nous les diffusions ! Ainsi, nous pouvons relayer les informations dans nos newsletters etc. Nous vous invitons à vous servir de la 27e Région comme caisse de résonance, un réseau. Nous ne souhaitons pas y mettre une logique de développement commercial.",
  },
  {
    question:
      'Comment faire rencontrer les projets qui émergent des collectivités, de la 27^e Région et de la communauté ?',
    answer:
      "Nous avons l'idée de fournir un retour d'expérience à partager aux différentes collectivités et d'ensuite le publier afin que ça reste dans le temps.",
  },
  {
    question: "Allez-vous recruter plus d'effectif car il y a plus de projets ?",
    answer:
      "Non. Ce n'ai pas notre intention, nous sommes déjà 8,5 équivalents temps plein ; cela est suffisant pour aborder les différents programmes de l'année.",
  },
  {
    question: "Qu'est-ce qu'une adhésion croisée ?",
    answer:
      "Il s'agit de 2 associations qui adhèrent réciproquement l'une à l'autre. Ceci permet d'avoir une meilleure vision des activités de l'autre mais aussi de partager nos connaissances et d'envisager plus facilement la conduite de projets communs.",
  },
];

/**
 * The demo's workshops and questions, and the members present (not the team) split into the five
 * workshops in groups of 6–7, as the reference did. Runs inside loadDemoAssembly's transaction.
 */
export async function loadDemoWorkshops(db: DbOrTransaction, assemblyId: string): Promise<void> {
  await writeWorkshops(db, assemblyId, workshops);
  await writeQuestions(db, assemblyId, questions);
  await splitIntoWorkshops(db, assemblyId, { minSize: 6, maxSize: 7 });
}
