// The scope core (issue 8 §1). Entity builders live beside this file, one per entity:
// `<entity>-where.ts` exporting `<entity>Where(scope): Prisma.<Entity>WhereInput`, reading only the
// AccessScope. Services combine them with the object's id: `{ AND: [vacancyWhere(scope), { id }] }`.
export { requirePageScope, requireCapability, scopeOf } from "./require-scope";
export { inScopeOrNotFound, NO_ROWS } from "./in-scope";
