/**
 * A small table computed with node DuckDB and written as Arrow: the health regions of Norway with a
 * deterministic synthetic count per year. It proves the build chain (DuckDB → Arrow → page → DuckDB-WASM).
 */
import { openDuckDB, queryRows } from "../engine/duckdb.ts";
import { columnsToArrowIPC } from "../output/arrow.ts";

export async function chainTable(): Promise<Uint8Array> {
  const connection = await openDuckDB();
  const rows = await queryRows(
    connection,
    `SELECT region, year::INTEGER AS year, (100 + hash(region || year) % 50)::DOUBLE AS cases
     FROM (VALUES ('Helse Nord'), ('Helse Midt-Norge'), ('Helse Vest'), ('Helse Sør-Øst')) AS r(region),
          range(2019, 2024) AS y(year)
     ORDER BY region, year`
  );
  connection.closeSync();
  return columnsToArrowIPC({
    region: rows.map((r) => String(r.region)),
    year: Int32Array.from(rows, (r) => Number(r.year)),
    cases: Float64Array.from(rows, (r) => Number(r.cases))
  });
}
