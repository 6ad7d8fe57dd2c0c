// Validates Kubernetes manifests against the Kubernetes API schemas, offline: the validators of the npm package
// kubernetes-models (generated from Kubernetes' OpenAPI document), installed by the build under target/k8s-validator
// (pom.xml, execution "k8s-validator"). Used by KubernetesManifestsIT.
//
//   node validate-k8s.mjs <node_modules directory> <manifest.yaml>...
//
// Prints one JSON array: per YAML document its file, apiVersion, kind, metadata.name, the object itself and the
// schema errors. Exit status 0 when every document is valid, 1 when one is not (or has an unknown apiVersion/kind,
// or the YAML does not parse), 2 on wrong usage.
// Known limit: the schemas do not forbid unknown fields, so a misspelt optional field is not reported.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, ...files] = process.argv.slice(2);
if (!modules || files.length === 0) {
    console.error("usage: node validate-k8s.mjs <node_modules directory> <manifest.yaml>...");
    process.exit(2);
}
const load = (relative) => import(pathToFileURL(join(modules, relative)).href);
const YAML = (await load("yaml/dist/index.js")).default;

// "apps/v1" + "Deployment" -> kubernetes-models/apps/v1/Deployment.js; "v1" + "Service" -> kubernetes-models/v1/Service.js
async function modelFor(apiVersion, kind) {
    if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Za-z0-9.\/-]+$/.test(apiVersion)
            || !/^[A-Za-z]+$/.test(kind)) {
        return null;
    }
    const file = join(modules, "kubernetes-models", apiVersion, kind + ".js");
    if (!existsSync(file)) {
        return null;
    }
    return (await load(join("kubernetes-models", apiVersion, kind + ".js")))[kind] ?? null;
}

const results = [];
for (const file of files) {
    const documents = YAML.parseAllDocuments(readFileSync(file, "utf8"));
    for (const [index, document] of documents.entries()) {
        const result = { file, index, errors: [] };
        results.push(result);
        if (document.errors.length > 0) {
            result.errors.push(...document.errors.map((e) => "YAML: " + e.message));
            continue;
        }
        const object = document.toJS();
        if (object === null || typeof object !== "object" || Array.isArray(object)) {
            result.errors.push("not a Kubernetes object");
            continue;
        }
        Object.assign(result, { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata?.name, object });
        const Model = await modelFor(object.apiVersion, object.kind);
        if (Model === null) {
            result.errors.push(`unknown apiVersion/kind: ${object.apiVersion} ${object.kind}`);
            continue;
        }
        try {
            new Model(object).validate();
        } catch (e) {
            result.errors.push(e.message);
        }
    }
}
console.log(JSON.stringify(results, null, 1));
process.exit(results.some((r) => r.errors.length > 0) ? 1 : 0);
