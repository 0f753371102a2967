import { LoadSettingError } from '@cobro/core';
import { loadOptionalSetting, loadSetting } from '@cobro/core/adapter';
import { afterEach, describe, expect, it } from 'vitest';

const variable = 'COBRO_TEST_LOAD_SETTING';

describe('loadSetting', () => {
  afterEach(() => {
    delete process.env[variable];
  });

  it('prefers the option, then the environment', () => {
    process.env[variable] = 'from-env';
    expect(
      loadSetting({ value: 'from-code', environmentVariable: variable, settingName: 'token', description: 'T' }),
    ).toBe('from-code');
    expect(
      loadSetting({ value: undefined, environmentVariable: variable, settingName: 'token', description: 'T' }),
    ).toBe('from-env');
  });

  it('names the option and the variable when both are missing', () => {
    try {
      loadSetting({
        value: '',
        environmentVariable: variable,
        settingName: 'accessToken',
        description: 'The access token',
      });
      expect.unreachable();
    } catch (error) {
      expect(LoadSettingError.isInstance(error)).toBe(true);
      expect((error as LoadSettingError).message).toBe(
        `The access token is missing. Pass it as the \`accessToken\` option or set the ${variable} environment variable.`,
      );
      expect((error as LoadSettingError).environmentVariable).toBe(variable);
    }
  });

  it('returns undefined for a missing optional setting', () => {
    expect(loadOptionalSetting({ value: undefined, environmentVariable: variable })).toBeUndefined();
  });
});
