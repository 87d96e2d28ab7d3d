import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { LoupeDb } from '../../db';
import { getDb } from '../services/db';

export function useDb(): LoupeDb | null {
  const [db, setDb] = useState<LoupeDb | null>(null);
  useEffect(() => {
    let live = true;
    void getDb().then((opened) => live && setDb(opened));
    return () => {
      live = false;
    };
  }, []);
  return db;
}

/** A live query that waits for the database; `fallback` until the first result. */
export function useDbQuery<T>(query: (db: LoupeDb) => Promise<T>, deps: readonly unknown[], fallback: T): T {
  const db = useDb();
  return useLiveQuery(() => (db ? query(db) : Promise.resolve(fallback)), [db, ...deps], fallback);
}
