// Where the project keeps its local files. A module of its own so that
// database.ts and backup.ts, which import each other's functions, share it.
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** The embedded server's files; KIZUNA_DATA_DIR moves them (the fault-injection tests use a throwaway one). */
export const DATA_DIR = process.env.KIZUNA_DATA_DIR?.trim() ? path.resolve(process.env.KIZUNA_DATA_DIR.trim()) : path.join(ROOT, ".data", "postgres");
/** Backups, beside the data directory (.data/backups). */
export const BACKUP_DIR = path.join(path.dirname(DATA_DIR), "backups");
