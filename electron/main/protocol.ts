import { protocol, type Session } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-origin';

/** Must run before the app is ready, and only once per process. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export function serveAppScheme(session: Session, handler: (request: Request) => Promise<Response>): void {
  session.protocol.handle(APP_SCHEME, handler);
}
