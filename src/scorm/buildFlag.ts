/**
 * True while building the SCORM package (`npm run build:scorm`). Read by server-rendered
 * components only, for the few sentences that differ inside an LMS (where results are reported).
 */
export const inLmsPackage = process.env['KAS_SCORM'] === '1';
