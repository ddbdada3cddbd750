import type { CastingContext, Options } from 'csv-stringify';

/**
 * What a spreadsheet would take for a formula: a cell starting with "=", "+", "-", "@", a tab or a
 * carriage return (OWASP, "CSV Injection"). Such a text cell is written with a leading apostrophe, so
 * that the spreadsheet shows it as text and runs nothing: a person named `=HYPERLINK(…)` comes out as
 * `'=HYPERLINK(…)`. A plain number ("-12", "-1 234,50") is left as it is; numbers given as numbers
 * are never touched.
 */
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[-+]?\d[\d\s.,\u202f\u00a0]*$/;

export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value;
}

/** The options every CSV Quorum writes goes through: text cells neutralised, numbers as they are. */
export function safeCsvOptions(options: Options = {}): Options {
  return {
    ...options,
    cast: {
      ...options.cast,
      string: (value: string, context: CastingContext) => {
        const cast = options.cast?.string ? options.cast.string(value, context) : value;
        return typeof cast === 'string' ? neutraliseFormula(cast) : cast;
      },
    },
  };
}
