import { shownotesCollections } from "./loaders/collections.ts";

export const collections = shownotesCollections();
