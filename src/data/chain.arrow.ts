// Proof of the chain: node DuckDB computes a table, the page reads it as Arrow (Plot, Inputs, DuckDB-WASM).
import { chainTable } from "../../loaders/site/chain.ts";

process.stdout.write(await chainTable());
