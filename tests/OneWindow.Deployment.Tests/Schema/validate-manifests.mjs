// Validates Kubernetes objects against the Kubernetes OpenAPI schema, offline, with the npm package
// kubernetes-models (each model class validates its object: required fields, types, enums, formats).
// usage: node validate-manifests.mjs <dir with node_modules/kubernetes-models> <objects.json>
// Prints one JSON array: { index, apiVersion, kind, name, known, errors } per object. An object whose kind
// the package does not model (Dapr's) comes back with known: false; the C# tests check those with typed models.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modelsDir, objectsFile] = process.argv.slice(2);
const objects = JSON.parse(readFileSync(objectsFile, "utf8"));
const results = [];
for (const [index, object] of objects.entries()) {
  const { apiVersion, kind } = object;
  const file = join(modelsDir, "node_modules", "kubernetes-models", apiVersion, `${kind}.js`);
  const result = { index, apiVersion, kind, name: object.metadata?.name ?? null, known: existsSync(file), errors: null };
  if (result.known) {
    try {
      const module = await import(pathToFileURL(file).href);
      new module[kind](object).validate();
    } catch (error) {
      result.errors = String(error?.message ?? error);
    }
  }
  results.push(result);
}
process.stdout.write(JSON.stringify(results));
