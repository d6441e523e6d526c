// What a Parquet file's schema says each top-level column is: judged numeric or categorical, left out
// (dates, times, timestamps, unsupported types) or refused (nested); and which columns are pandas' index.

import type { FileMetaData, SchemaTree } from 'hyparquet';
import type { ColumnType } from '../../types.js';

/** integer: the column holds whole numbers (pandas reads it as int64 when none is null). */
export type Kind =
  | { judged: true; type: ColumnType; integer?: boolean }
  | { judged: false; why: 'temporal' | 'unsupported'; what: string };

/** What the schema says a top-level column is, and whether the gate judges it. */
export function classify(node: SchemaTree): Kind {
  const e = node.element;
  const lt = e.logical_type?.type;
  const ct = e.converted_type;
  if (node.children.length > 0 || e.repetition_type === 'REPEATED' || lt === 'LIST' || lt === 'MAP' || lt === 'VARIANT')
    throw new Error('nested');
  if (lt === 'DATE' || ct === 'DATE') return { judged: false, why: 'temporal', what: 'a date' };
  if (lt === 'TIMESTAMP' || ct === 'TIMESTAMP_MILLIS' || ct === 'TIMESTAMP_MICROS' || e.type === 'INT96')
    return { judged: false, why: 'temporal', what: 'a timestamp' };
  if (lt === 'TIME' || ct === 'TIME_MILLIS' || ct === 'TIME_MICROS')
    return { judged: false, why: 'temporal', what: 'a time of day' };
  if (lt === 'INTERVAL' || ct === 'INTERVAL') return { judged: false, why: 'temporal', what: 'an interval' };
  if (lt === 'BSON' || ct === 'BSON' || lt === 'GEOMETRY' || lt === 'GEOGRAPHY' || lt === 'FILE')
    return { judged: false, why: 'unsupported', what: `of type ${lt ?? ct}` };
  if (lt === 'NULL') return { judged: true, type: 'numeric' };
  if (lt === 'INTEGER') return { judged: true, type: 'numeric', integer: true };
  if (lt === 'DECIMAL' || ct === 'DECIMAL' || lt === 'FLOAT16') return { judged: true, type: 'numeric' };
  if (
    lt === 'STRING' ||
    lt === 'ENUM' ||
    lt === 'JSON' ||
    lt === 'UUID' ||
    ct === 'UTF8' ||
    ct === 'ENUM' ||
    ct === 'JSON'
  )
    return { judged: true, type: 'categorical' };
  switch (e.type) {
    case 'INT32':
    case 'INT64':
      return { judged: true, type: 'numeric', integer: true };
    case 'FLOAT':
    case 'DOUBLE':
      return { judged: true, type: 'numeric' };
    case 'BOOLEAN':
    case 'BYTE_ARRAY': // unannotated: decoded as UTF-8 text, as pyarrow's readers do for string columns
    case 'FIXED_LEN_BYTE_ARRAY': // unannotated bytes: compared as categories of their hex form
      return { judged: true, type: 'categorical' };
    default:
      return { judged: false, why: 'unsupported', what: `of physical type ${e.type}` };
  }
}

/**
 * The columns pandas' to_parquet() stored for the DataFrame's index (a filtered or sampled frame keeps
 * its row labels as `__index_level_0__`): read_parquet makes them the index again, so Evidently never
 * sees them, and neither does the gate. A range index is stored as metadata only.
 */
export function pandasIndex(metadata: FileMetaData): Set<string> {
  const text = metadata.key_value_metadata?.find((kv) => kv.key === 'pandas')?.value;
  if (!text) return new Set();
  try {
    const columns = (JSON.parse(text) as { index_columns?: unknown }).index_columns;
    return new Set(Array.isArray(columns) ? columns.filter((c): c is string => typeof c === 'string') : []);
  } catch {
    return new Set(); // not pandas' metadata after all: every column is read
  }
}
