import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: './data', secret: undefined, sqliteSync: 'normal' });
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: '99999', ROUNDTABLE_SECRET: 'short', LOG_LEVEL: 'loud' })).toThrow(
      /PORT: .*\n.*ROUNDTABLE_SECRET: must be at least 32 characters\n.*LOG_LEVEL/,
    );
    expect(() => loadConfig({ ROUNDTABLE_RATE_LIMIT: 'lots' })).toThrow(/ROUNDTABLE_RATE_LIMIT/);
  });

  it('refuses DATABASE_URL and REDIS_URL, which this version does not support yet', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/test' })).toThrow(/DATABASE_URL: .*not available/);
    expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', HOST: '' }).port).toBe(8080);
  });
});
