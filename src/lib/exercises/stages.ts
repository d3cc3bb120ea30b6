/** The five relationship stages in order (module 7): the course's own names, ids in English. */
export const stageIds = ['exploratory', 'early', 'middle', 'partnership', 'alliance'] as const;
export type StageId = (typeof stageIds)[number];
