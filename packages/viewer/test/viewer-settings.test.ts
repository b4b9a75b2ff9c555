import { DEFAULT_VIEWER_SETTINGS, resolveViewerSettings } from '../src/viewer-settings.js';

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
])('resolveViewerSettings(%j) throws', (partial, message) => {
  expect(() => resolveViewerSettings(partial)).toThrow(message);
});
