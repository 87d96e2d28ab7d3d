import { describe, expect, it } from 'vitest';
import { denyAllPermissions } from '../../../electron/main/permissions';
import { FakeSession } from './fakes';

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'fullscreen',
  'hid',
];

describe('denyAllPermissions', () => {
  it.each(PERMISSIONS)('refuses a request for %s', (permission) => {
    const session = new FakeSession();
    denyAllPermissions(session.asSession());
    let granted: boolean | undefined;
    session.permissionRequest?.(null, permission, (answer) => {
      granted = answer;
    });
    expect(granted).toBe(false);
  });

  it.each(PERMISSIONS)('answers no to a check for %s', (permission) => {
    const session = new FakeSession();
    denyAllPermissions(session.asSession());
    expect(session.permissionCheck?.(null, permission)).toBe(false);
  });

  it('refuses device access (USB, serial, HID)', () => {
    const session = new FakeSession();
    denyAllPermissions(session.asSession());
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false);
  });
});
