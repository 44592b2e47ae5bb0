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

  it('requires ROUNDTABLE_SECRET with DATABASE_URL or REDIS_URL, and DATABASE_URL with REDIS_URL', () => {
    const secret = 'x'.repeat(32);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/test' })).toThrow(/ROUNDTABLE_SECRET: required with DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/test', REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/ROUNDTABLE_SECRET: required with REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', ROUNDTABLE_SECRET: secret })).toThrow(/REDIS_URL: scale-out needs the shared Postgres store/);
    expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL/);
    const config = loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/test', REDIS_URL: 'redis://127.0.0.1:6379', ROUNDTABLE_SECRET: secret });
    expect([config.databaseUrl, config.redisUrl]).toEqual(['postgres://127.0.0.1/test', 'redis://127.0.0.1:6379']);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', HOST: '' }).port).toBe(8080);
  });
});
