import { LoadSettingError } from '../errors/load-setting-error';

/**
 * Returns a setting passed in code, or else the named environment variable, or throws a
 * {@link LoadSettingError} naming both. The value itself never appears in the error.
 *
 * @example
 * const accessToken = loadSetting({ value: settings.accessToken, environmentVariable: 'WHATSAPP_ACCESS_TOKEN', settingName: 'accessToken', description: 'WhatsApp Cloud API access token' });
 */
export function loadSetting({
  value,
  environmentVariable,
  settingName,
  description,
}: {
  /** The value passed in code, if any. */
  value: string | undefined;
  /** The environment variable to fall back to. */
  environmentVariable: string;
  /** The option's name in the settings object. */
  settingName: string;
  /** What the setting is, for the error message. */
  description: string;
}): string {
  if (typeof value === 'string' && value.length > 0) return value;
  const fromEnvironment = readEnvironment(environmentVariable);
  if (fromEnvironment !== undefined && fromEnvironment.length > 0) return fromEnvironment;
  throw new LoadSettingError({
    setting: settingName,
    environmentVariable,
    message: `${description} is missing. Pass it as the \`${settingName}\` option or set the ${environmentVariable} environment variable.`,
  });
}

/** Like {@link loadSetting} but returns `undefined` instead of throwing when neither is set. */
export function loadOptionalSetting({
  value,
  environmentVariable,
}: {
  /** The value passed in code, if any. */
  value: string | undefined;
  /** The environment variable to fall back to. */
  environmentVariable: string;
}): string | undefined {
  if (typeof value === 'string' && value.length > 0) return value;
  const fromEnvironment = readEnvironment(environmentVariable);
  return fromEnvironment !== undefined && fromEnvironment.length > 0 ? fromEnvironment : undefined;
}

// Edge runtimes have no `process`; reading it unguarded would throw a ReferenceError.
function readEnvironment(name: string): string | undefined {
  const processLike = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return processLike?.env?.[name];
}
