import { defineErrors } from './define.ts';

const saveAs = {
  fr: 'ni un CSV en UTF-8 ni un classeur XLSX : enregistrez-le en « CSV UTF-8 » ou en « Classeur Excel (.xlsx) ».',
  en: 'neither a UTF-8 CSV nor an XLSX workbook: save it as “CSV UTF-8” or as “Excel Workbook (.xlsx)”.',
};

/** A file refused by what its first bytes say it is. */
const notImportable = (fr: string, en: string) =>
  ({
    status: 400,
    fr: `Ce fichier est ${fr}, ${saveAs.fr}`,
    en: `This file is ${en}, ${saveAs.en}`,
  }) as const;

/**
 * The register-import domain's error codes (status, French and English texts). Most are the detail of a
 * `validation_failed` problem whose `errors[]` name the field (`body`, `body.mapping.email`).
 */
export const registerImportErrors = defineErrors({
  import_not_found: { status: 404, fr: 'Import introuvable.', en: 'Import not found.' },
  import_already_running: {
    status: 409,
    fr: 'Ce fichier est déjà en cours de traitement ; attendez la fin.',
    en: 'This file is already being processed; wait until it is done.',
  },
  import_running: {
    status: 409,
    fr: 'Ce fichier est en cours de traitement ; attendez la fin.',
    en: 'This file is being processed; wait until it is done.',
  },
  import_already_done: {
    status: 409,
    fr: 'Ce fichier a déjà été importé.',
    en: 'This file has already been imported.',
  },
  import_file_missing: {
    status: 400,
    fr: 'Envoyez le fichier comme corps de la requête.',
    en: 'Send the file as the body of the request.',
  },
  import_file_too_large: {
    status: 413,
    fr: 'Le fichier dépasse {{megabytes}} Mo, la taille maximale d’un import.',
    en: 'The file is larger than {{megabytes}} MB, the largest an import accepts.',
  },
  upload_quota_exceeded: {
    status: 413,
    fr: 'Les fichiers envoyés pour import et pas encore importés dépassent {{megabytes}} Mo : importez ou supprimez-en avant d’en envoyer un autre (ils sont effacés au bout d’un jour).',
    en: 'The files uploaded for import and not imported yet are over {{megabytes}} MB: import or discard some before uploading another (they are removed after a day).',
  },
  import_file_not_utf8: {
    status: 400,
    fr: 'Ce fichier n’est pas un texte en UTF-8 : enregistrez-le en « CSV UTF-8 » (ou en XLSX).',
    en: 'This file is not UTF-8 text: save it as “CSV UTF-8” (or as XLSX).',
  },
  import_file_empty: { status: 400, fr: 'Le fichier est vide.', en: 'The file is empty.' },
  import_file_without_rows: {
    status: 400,
    fr: 'Le fichier n’a qu’une ligne d’en-tête, sans aucune ligne de données.',
    en: 'The file has a header line only, without any data row.',
  },
  import_csv_malformed: {
    status: 400,
    fr: 'Le fichier CSV est mal formé vers la ligne {{line}} : {{reason}}',
    en: 'The CSV file is malformed near line {{line}}: {{reason}}',
  },
  import_zip_not_xlsx: {
    status: 400,
    fr: 'Ce fichier ZIP n’est pas un classeur XLSX lisible : enregistrez-le en « Classeur Excel (.xlsx) » ou en CSV.',
    en: 'This ZIP file is not a readable XLSX workbook: save it as “Excel Workbook (.xlsx)” or as CSV.',
  },
  import_zip_without_sheet: {
    status: 400,
    fr: 'Ce fichier ZIP ne contient aucune feuille de calcul : ce n’est pas un classeur XLSX.',
    en: 'This ZIP file holds no worksheet: it is not an XLSX workbook.',
  },
  import_xlsx_part_too_large: {
    status: 400,
    fr: 'Ce classeur est trop gros une fois décompressé : {{part}} dépasse {{megabytes}} Mo. Enregistrez-le en CSV, ou en plusieurs classeurs plus petits.',
    en: 'This workbook is too large once decompressed: {{part}} is over {{megabytes}} MB. Save it as CSV, or as several smaller workbooks.',
  },
  import_too_many_rows: {
    status: 400,
    fr: 'Le fichier dépasse {{rows}} lignes de données (ligne {{line}}), le plus qu’un import accepte : importez-le en plusieurs fichiers.',
    en: 'The file has more than {{rows}} data rows (line {{line}}), the most an import accepts: import it as several files.',
  },
  import_file_empty_zip: notImportable('une archive ZIP vide', 'an empty ZIP archive'),
  import_file_png: notImportable('une image PNG', 'a PNG image'),
  import_file_jpeg: notImportable('une image JPEG', 'a JPEG image'),
  import_file_gif: notImportable('une image GIF', 'a GIF image'),
  import_file_pdf: notImportable('un document PDF', 'a PDF document'),
  import_file_gzip: notImportable('une archive gzip', 'a gzip archive'),
  import_file_old_office: notImportable(
    'un ancien classeur Excel (.xls) ou un document Office ancien',
    'an old Excel workbook (.xls) or an old Office document',
  ),
  import_file_utf16: notImportable('un texte en UTF-16', 'UTF-16 text'),
  import_file_binary: notImportable('un fichier binaire', 'a binary file'),
  import_columns_missing: {
    status: 400,
    fr: 'Colonne absente du fichier : {{columns}}.',
    en: 'Column not in the file: {{columns}}.',
  },
  import_names_or_organisation: {
    status: 400,
    fr: 'Associez au moins les colonnes Nom et Prénom, ou la colonne Organisation.',
    en: 'Map at least the Last name and First name columns, or the Organisation column.',
  },
  import_names_together: {
    status: 400,
    fr: 'Associez les colonnes Nom et Prénom ensemble.',
    en: 'Map the Last name and First name columns together.',
  },
  import_row_refused: {
    status: 400,
    fr: 'Une ligne est refusée : rien n’a été importé. Vérifiez le fichier (essai à blanc) et corrigez-le.',
    en: 'One row is refused: nothing was imported. Check the file (dry run) and correct it.',
  },
  import_rows_refused: {
    status: 400,
    fr: '{{rows}} erreurs sur les lignes : rien n’a été importé. Vérifiez le fichier (essai à blanc) et corrigez-le.',
    en: '{{rows}} errors in the rows: nothing was imported. Check the file (dry run) and correct it.',
  },
  paste_lines_unreadable: {
    status: 400,
    fr: 'Des lignes ne se lisent pas : rien n’a été enregistré.',
    en: 'Some lines cannot be read: nothing was saved.',
  },
  paste_nothing_to_read: { status: 400, fr: 'Aucune ligne à lire.', en: 'No line to read.' },
});
