/**
 * Formats for the SCORM 1.2 data model: CMITimespan for session time, CMIDecimal for scores,
 * the learner's name as the LMS gives it ("Family, Given") turned into the name to print.
 */

/** CMITimespan `HH:MM:SS.SS` (hours 2–4 digits); capped at the format's 9999:59:59.99. */
export function formatSessionTime(milliseconds: number): string {
  const centis = Math.min(Math.max(0, Math.floor(milliseconds / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  const fraction = centis % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${two(seconds)}.${two(fraction)}`;
}

/**
 * A score fraction (0–1) as a percentage with at most two decimals, rounded down so the LMS never
 * sees a pass (against the manifest's mastery score) that the course did not award.
 */
export function percentScore(fraction: number): number {
  const clamped = Math.min(1, Math.max(0, fraction));
  return Math.floor(clamped * 10000 + 1e-6) / 100;
}

/** A CMIDecimal value as the LMS stored it; undefined when empty or not a number. */
export function parseScore(value: string): number | undefined {
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/**
 * `cmi.core.student_name` is "Family, Given" by the standard. A Chinese, Japanese or Korean name
 * is written family name first without a space (张, 三 → 张三); others given name first
 * (Doe, Jane → Jane Doe). A name without a comma is kept as given. Limited to what the
 * certificate's field accepts.
 */
export function displayName(studentName: string, maxLength = 80): string {
  const clean = studentName.replace(/\s+/g, ' ').trim();
  const comma = clean.indexOf(',');
  let name = clean;
  if (comma > 0) {
    const family = clean.slice(0, comma).trim();
    const given = clean.slice(comma + 1).trim();
    if (!given) name = family;
    else name = CJK.test(family + given) ? `${family}${given}` : `${given} ${family}`;
  }
  return [...name].slice(0, maxLength).join('').trim();
}
