/**
 * One Postgres transaction on a pooled connection: `begin`, the body, COMMIT; ROLLBACK on any
 * error. A connection that cannot even roll back is discarded, not returned to the pool.
 */
import type pg from 'pg';

export async function inTransaction<T>(pool: pg.Pool, begin: string, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query(begin);
    const result = await body(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
