// `npm run backup`: an online backup of the database in DATABASE_URL (default
// file:./data/lanyard.sqlite) into ./backups (or LANYARD_BACKUP_DIR), named by the time.
// `npm run restore -- FILE [--replace]`: puts a backup back; stop the servers first.
import { backup, restore } from '../src/server/ops/backup.ts';

const databaseUrl = process.env.DATABASE_URL ?? 'file:./data/lanyard.sqlite';
const [command, ...rest] = process.argv.slice(2);

try {
  if (command === 'restore') {
    const file = rest.find((a) => !a.startsWith('--'));
    if (!file)
      throw new Error('Usage: npm run restore -- backups/lanyard-YYYYMMDDTHHMMSSZ.sqlite [--replace]');
    await restore(file, databaseUrl, rest.includes('--replace'));
    console.log(`Restored ${file} into ${databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}`);
  } else {
    const { file, bytes } = await backup(databaseUrl, process.env.LANYARD_BACKUP_DIR ?? 'backups');
    console.log(`Backed up to ${file} (${(bytes / 1024).toFixed(0)} KB)`);
  }
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
