import { describe, expect, it } from 'vitest';
import { chooseLogFormat } from './logger.js';

describe('chooseLogFormat', () => {
  it('writes readable lines to a terminal and JSON to anything else', () => {
    expect(chooseLogFormat('auto', true)).toBe('pretty');
    expect(chooseLogFormat('auto', false)).toBe('json');
    expect(chooseLogFormat('auto', undefined)).toBe('json');
  });

  it('follows LOG_FORMAT when it names a format', () => {
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });
});
