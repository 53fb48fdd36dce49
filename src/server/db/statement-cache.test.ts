import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './connect';

describe('the SQLite statement cache', () => {
  it('prepares a query once and reuses it with new parameters', () => {
    const sqlite = new SQLite(':memory:');
    const db = withStatementCache(sqlite);
    db.prepare('create table t (id integer primary key, v text)').run();
    const insert = db.prepare('insert into t (v) values (?)');
    insert.run('a');
    expect(db.prepare('insert into t (v) values (?)')).toBe(insert);
    db.prepare('insert into t (v) values (?)').run('b');
    expect(db.prepare('select v from t where id = ?').all(2)).toEqual([{ v: 'b' }]);
    db.close();
  });

  it('does not hand out a statement that is still being read', () => {
    const sqlite = new SQLite(':memory:');
    const db = withStatementCache(sqlite);
    db.prepare('create table t (v integer)').run();
    for (const v of [1, 2, 3]) db.prepare('insert into t values (?)').run(v);
    const outer = db.prepare('select v from t order by v');
    const seen: number[] = [];
    for (const row of outer.iterate() as Iterable<{ v: number }>) {
      const inner = db.prepare('select v from t order by v');
      expect(inner).not.toBe(outer);
      seen.push(row.v, (inner.all() as { v: number }[]).length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
    db.close();
  });

  it('forgets its statements when the schema changes', () => {
    const sqlite = new SQLite(':memory:');
    const db = withStatementCache(sqlite);
    db.prepare('create table t (a integer)').run();
    db.prepare('insert into t values (1)').run();
    const before = db.prepare('select * from t');
    expect(before.all()).toEqual([{ a: 1 }]);
    db.prepare('alter table t add column b integer default 2').run();
    const after = db.prepare('select * from t');
    expect(after).not.toBe(before);
    expect(after.all()).toEqual([{ a: 1, b: 2 }]);
    db.close();
  });
});
