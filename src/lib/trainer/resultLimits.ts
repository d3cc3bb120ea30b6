/**
 * The size limit of a workshop result, on its own so that the class page can check a file's size
 * without loading the decoder (./workshopResult, with fflate and zod).
 */
/** A class's worth of answers is a few KB; anything this large is not a result file. */
export const MAX_RESULT_BYTES = 512 * 1024;
