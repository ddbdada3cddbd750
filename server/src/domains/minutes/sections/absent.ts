import { AppError } from '../../../http/app-error.ts';

/** The data a section prints, or null when that year has none: the section is then left out, not failed. */
export async function unlessMissing<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

/** The year of a 'YYYY-MM-DD' day. */
export const yearOf = (day: string): number => Number(day.slice(0, 4));
