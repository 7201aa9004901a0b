import { shownotesCollections } from "shownotes/loaders";

export const collections = shownotesCollections();
