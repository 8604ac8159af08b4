// Validate a binary glTF with the Khronos glTF-Validator; prints the report's issues as JSON.
// Usage: node tools/validate_gltf.js FILE.glb  (NODE_PATH pointing at the installed validator)
const fs = require('fs');
const validator = require('gltf-validator');

validator.validateBytes(new Uint8Array(fs.readFileSync(process.argv[2])), {maxIssues: 100})
  .then((report) => { console.log(JSON.stringify(report.issues)); })
  .catch((error) => { console.error(error); process.exit(2); });
