import { DEFAULT_VIEWER_SETTINGS, resolveViewerSettings } from '../src/viewer-settings.js';
import { isLoopbackHost } from '../src/access-token.js';

test('defaults bind to localhost', () => {
  expect(resolveViewerSettings()).toEqual(DEFAULT_VIEWER_SETTINGS);
  expect(DEFAULT_VIEWER_SETTINGS.host).toBe('127.0.0.1');
});

test.each([
  [{ port: -1 }, /port/],
  [{ port: 70000 }, /port/],
  [{ host: '' }, /host/],
  [{ bodyLimit: 0 }, /bodyLimit/],
  [{ queryMaxRows: 1.5 }, /queryMaxRows/],
  [{ host: '0.0.0.0' }, /host 0\.0\.0\.0 is reachable from other machines; expected an access token \(KG_TOKEN\)/],
  [{ host: '::' }, /expected an access token/],
  [{ host: '192.168.1.5' }, /expected an access token/],
  [{ token: 'short' }, /at least 16 characters/],
  [{ token: 'sixteen chars with spaces' }, /without spaces/],
])('resolveViewerSettings(%j) throws', (partial, message) => {
  expect(() => resolveViewerSettings(partial)).toThrow(message);
});

test.each([
  ['127.0.0.1', true],
  ['127.1.2.3', true],
  ['localhost', true],
  ['::1', true],
  ['[::1]', true],
  ['0.0.0.0', false],
  ['::', false],
  ['10.0.0.1', false],
  ['example.org', false],
])('isLoopbackHost(%j) is %j', (host, loopback) => {
  expect(isLoopbackHost(host)).toBe(loopback);
});

test('a token makes any host acceptable', () => {
  expect(resolveViewerSettings({ host: '0.0.0.0', token: 'x'.repeat(16) }).token).toBe('x'.repeat(16));
});
