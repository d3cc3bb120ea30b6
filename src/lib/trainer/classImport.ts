/**
 * Reading a class's workshop results (files or pasted codes): keeps those of this workshop once
 * per participant and says why each other source was skipped. Apart from ./classResults so that
 * the class page loads the decoder (fflate, zod) only when the trainer adds results.
 */
import {
  normaliseWorkshopCode,
  readWorkshopResult,
  type ReadProblem,
  type WorkshopResult,
} from './workshopResult';

export type SkipReason = ReadProblem | 'other-workshop' | 'duplicate';

export interface ClassImport {
  participants: WorkshopResult[];
  skipped: { source: string; reason: SkipReason; detail?: string }[];
}

/** Adds sources (file name or "pasted code n" with its text) to what is already imported. */
export function importResults(
  sources: readonly { source: string; text: string }[],
  workshop: string,
  previous: ClassImport = { participants: [], skipped: [] },
): ClassImport {
  const code = normaliseWorkshopCode(workshop);
  const participants = [...previous.participants];
  const skipped = [...previous.skipped];
  const names = new Set(participants.map((p) => p.name.toLocaleLowerCase()));
  for (const { source, text } of sources) {
    const read = readWorkshopResult(text);
    if (!read.ok) {
      skipped.push({ source, reason: read.problem });
      continue;
    }
    if (read.result.workshop !== code) {
      skipped.push({ source, reason: 'other-workshop', detail: read.result.workshop });
      continue;
    }
    const key = read.result.name.toLocaleLowerCase();
    if (names.has(key)) {
      skipped.push({ source, reason: 'duplicate', detail: read.result.name });
      continue;
    }
    names.add(key);
    participants.push(read.result);
  }
  return { participants, skipped };
}
