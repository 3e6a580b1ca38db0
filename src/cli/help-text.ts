import type { CliMessages } from './messages/en.ts';

/** The help text for the whole CLI, or for one command when `topic` names one, in the words of `messages`. */
export function helpText(topic: string | undefined, messages: CliMessages): string {
  if (topic !== undefined && topic !== 'overview' && Object.hasOwn(messages.help, topic)) return (messages.help as Record<string, string>)[topic] ?? '';
  return messages.help.overview;
}
