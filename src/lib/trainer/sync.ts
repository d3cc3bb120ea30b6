/**
 * Messages between the audience window and the presenter view (BroadcastChannel, same browser).
 * Either window can drive; each message is checked before it is acted on.
 */

export type SyncMessage =
  /** A window moved to a slide (or blanked / unblanked the screen). */
  | { type: 'slide'; index: number; blank: boolean }
  /** A window just opened and asks the others where they are. */
  | { type: 'hello' };

/** One channel per module, so two presentations in one browser do not steer each other. */
export function channelName(module: string): string {
  return `kas-present:${module}`;
}

export function parseSyncMessage(data: unknown): SyncMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message['type'] === 'hello') return { type: 'hello' };
  if (
    message['type'] === 'slide' &&
    typeof message['index'] === 'number' &&
    Number.isInteger(message['index']) &&
    message['index'] >= 0 &&
    message['index'] < 10_000 &&
    typeof message['blank'] === 'boolean'
  ) {
    return { type: 'slide', index: message['index'], blank: message['blank'] };
  }
  return undefined;
}
