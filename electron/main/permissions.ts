import type { Session } from 'electron';

/** Electron grants every permission by default; Loupe needs none (camera, notifications, HID, ...). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
