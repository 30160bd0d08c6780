import { openLibrary, type Library } from '../core/library/db';

let library: Promise<Library> | null = null;

/** One open reading-list handle per extension page or background. */
export function getLibrary(): Promise<Library> {
  library ??= openLibrary().catch((err) => {
    library = null;
    throw err;
  });
  return library;
}
