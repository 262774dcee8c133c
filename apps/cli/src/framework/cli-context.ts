import type { CrmConfig } from '#crm/config';

export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** What a command works with: the configuration and where its output goes. */
export interface CliContext extends CliStreams {
  config: CrmConfig;
  json: boolean;
  /** Prints the result: `value` as one JSON line with --json, otherwise the human text. */
  result(human: string, value: unknown): void;
}

export function createCliContext(streams: CliStreams, config: CrmConfig, json: boolean): CliContext {
  return {
    ...streams,
    config,
    json,
    result(human, value) {
      streams.stdout.write(json ? `${JSON.stringify(value)}\n` : `${human}\n`);
    },
  };
}
